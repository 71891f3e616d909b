package eu.digilabs.hub.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRequests extends JpaRepository<PartnerRequest, Long> {

  List<PartnerRequest> findByLabIdOrderByCreatedAt(long labId);

  boolean existsByProjectIdAndLabId(long projectId, long labId);
}
