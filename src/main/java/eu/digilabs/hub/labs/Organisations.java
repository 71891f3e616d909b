package eu.digilabs.hub.labs;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Organisations extends JpaRepository<Organisation, Long> {

  Optional<Organisation> findFirstByNameIgnoreCase(String name);

  List<Organisation> findAllByOrderByName();

  List<Organisation> findByIdGreaterThanOrderById(long after, Pageable page);

  @Query(
      """
      select o from Organisation o
      where (:q is null or lower(o.name) like :q escape '\\')
        and (:country is null or o.country = :country)
        and (:type is null or o.type = :type)
      order by o.name
      """)
  Page<Organisation> filter(
      @Param("q") @Nullable String q,
      @Param("country") @Nullable String country,
      @Param("type") @Nullable String type,
      Pageable page);

  /** Changes with every new, changed or deleted organisation. */
  @Query("select concat(count(o), '/', coalesce(sum(o.version), 0)) from Organisation o")
  String revision();
}
