package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FailureReports
    extends JpaRepository<FailureReport, Long>, JpaSpecificationExecutor<FailureReport> {

  List<FailureReport> findByPublishedTrueOrderByUpdatedAtDesc();

  List<FailureReport> findByProjectIdAndPublishedTrueAndAnonymousFalseOrderByUpdatedAtDesc(
      long projectId);

  List<FailureReport> findByAuthorIdAndPublishedFalseOrderByUpdatedAtDesc(long authorId);
}
