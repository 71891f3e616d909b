package eu.digilabs.hub.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A project naming another lab as partner, waiting for an editor of that lab: until accepted, the
 * lab is not among the project's partners.
 */
@Entity
@Table(name = "project_partner_request")
class PartnerRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "lab_id")
  private long labId;

  @Column(name = "requested_by")
  private @Nullable Long requestedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected PartnerRequest() {}

  PartnerRequest(long projectId, long labId, @Nullable Long requestedBy) {
    this.projectId = projectId;
    this.labId = labId;
    this.requestedBy = requestedBy;
    this.createdAt = Instant.now();
  }

  long id() {
    return Objects.requireNonNull(id, "The request is not saved yet.");
  }

  long projectId() {
    return projectId;
  }

  long labId() {
    return labId;
  }
}
