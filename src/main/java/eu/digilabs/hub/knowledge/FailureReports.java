package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FailureReports
    extends JpaRepository<FailureReport, Long>, JpaSpecificationExecutor<FailureReport> {

  List<FailureReport> findByPublishedTrueOrderByUpdatedAtDesc();

  List<FailureReport> findByProjectIdAndPublishedTrueAndAnonymousFalseOrderByUpdatedAtDesc(
      long projectId);

  List<FailureReport> findByAuthorIdAndPublishedFalseOrderByUpdatedAtDesc(long authorId);

  List<FailureReport> findByPublishedTrueAndIdGreaterThanOrderById(long after, Pageable page);

  long countByPublishedTrue();

  /** Published reports per cause and phase (null: none named). */
  @Query(
      "select c, r.phase, count(r) from FailureReport r join r.causes c"
          + " where r.published = true group by c, r.phase")
  List<Object[]> countCausesByPhase();

  /** Published reports per phase they name. */
  @Query(
      "select r.phase, count(r) from FailureReport r"
          + " where r.published = true and r.phase is not null group by r.phase")
  List<Object[]> countByPhase();

  /** Changes with every change of any report: a publication and a withdrawal at once must show. */
  @Query("select concat(count(r), '/', coalesce(sum(r.version), 0)) from FailureReport r")
  String publishedRevision();
}
