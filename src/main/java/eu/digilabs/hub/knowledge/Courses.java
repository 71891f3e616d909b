package eu.digilabs.hub.knowledge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Courses extends JpaRepository<Course, Long> {

  Optional<Course> findByCode(String code);
}
