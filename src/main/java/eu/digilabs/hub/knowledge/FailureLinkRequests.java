package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FailureLinkRequests extends JpaRepository<FailureLinkRequest, Long> {

  List<FailureLinkRequest> findByLabIdOrderByCreatedAt(long labId);

  boolean existsByReportIdAndProjectId(long reportId, long projectId);
}
