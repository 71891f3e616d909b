package eu.digilabs.hub.knowledge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Courses extends JpaRepository<Course, Long> {

  Optional<Course> findByCode(String code);

  /** Changes with every course added, changed or removed. */
  @Query("select concat(count(c), '/', coalesce(sum(c.version), 0)) from Course c")
  String revision();
}
