package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A failure report naming another lab's project, waiting for an editor of that project's lead lab:
 * until accepted, the report does not name the project (nor show on its page).
 */
@Entity
@Table(name = "failure_report_link_request")
class FailureLinkRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id")
  private long reportId;

  @Column(name = "lab_id")
  private long labId;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "requested_by")
  private Long requestedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected FailureLinkRequest() {}

  FailureLinkRequest(long reportId, long labId, long projectId, Long requestedBy) {
    this.reportId = reportId;
    this.labId = labId;
    this.projectId = projectId;
    this.requestedBy = requestedBy;
    this.createdAt = Instant.now();
  }

  Long id() {
    return id;
  }

  long reportId() {
    return reportId;
  }

  long labId() {
    return labId;
  }

  long projectId() {
    return projectId;
  }
}
