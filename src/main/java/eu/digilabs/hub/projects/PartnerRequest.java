package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LinkRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A project naming another lab as partner, waiting for an editor of that lab: until accepted, the
 * lab is not among the project's partners.
 */
@Entity
@Table(name = "project_partner_request")
class PartnerRequest extends LinkRequest {

  @Column(name = "project_id")
  private long projectId;

  protected PartnerRequest() {}

  PartnerRequest(long projectId, long labId, @Nullable Long requestedBy) {
    super(labId, requestedBy);
    this.projectId = projectId;
  }

  @Override
  public long contentId() {
    return projectId;
  }
}
