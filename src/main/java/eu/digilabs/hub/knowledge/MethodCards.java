package eu.digilabs.hub.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MethodCards extends JpaRepository<MethodCard, Long> {

  Optional<MethodCard> findByCode(String code);

  List<MethodCard> findByIdGreaterThanOrderById(long after, Pageable page);

  /** Changes with every card added, changed or removed. */
  @Query("select concat(count(c), '/', coalesce(sum(c.version), 0)) from MethodCard c")
  String revision();
}
