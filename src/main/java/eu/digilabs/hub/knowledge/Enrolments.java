package eu.digilabs.hub.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Enrolments extends JpaRepository<Enrolment, Long> {

  Optional<Enrolment> findByCourseIdAndAccountId(long courseId, long accountId);

  Optional<Enrolment> findByCertificateCode(String code);

  List<Enrolment> findByCourseId(long courseId);
}
