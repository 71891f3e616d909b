package eu.digilabs.hub.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A project naming another lab as partner, waiting for an editor of that lab: until accepted, the
 * lab is not among the project's partners.
 */
@Entity
@Table(name = "project_partner_request")
class PartnerRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "lab_id")
  private long labId;

  @Column(name = "requested_by")
  private Long requestedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected PartnerRequest() {}

  PartnerRequest(long projectId, long labId, Long requestedBy) {
    this.projectId = projectId;
    this.labId = labId;
    this.requestedBy = requestedBy;
    this.createdAt = Instant.now();
  }

  Long id() {
    return id;
  }

  long projectId() {
    return projectId;
  }

  long labId() {
    return labId;
  }
}
