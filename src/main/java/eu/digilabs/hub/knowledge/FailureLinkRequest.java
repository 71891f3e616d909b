package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.labs.LinkRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A failure report naming another lab's project, waiting for an editor of that project's lead lab:
 * until accepted, the report does not name the project (nor show on its page).
 */
@Entity
@Table(name = "failure_report_link_request")
class FailureLinkRequest extends LinkRequest {

  @Column(name = "report_id")
  private long reportId;

  @Column(name = "project_id")
  private long projectId;

  protected FailureLinkRequest() {}

  FailureLinkRequest(long reportId, long labId, long projectId, @Nullable Long requestedBy) {
    super(labId, requestedBy);
    this.reportId = reportId;
    this.projectId = projectId;
  }

  @Override
  public long contentId() {
    return reportId;
  }

  long projectId() {
    return projectId;
  }
}
