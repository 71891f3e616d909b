package eu.digilabs.hub.labs;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A link from some content to a lab, waiting for an editor of that lab (the columns every module's
 * request table shares): the owning module's entity adds the linking content.
 */
@MappedSuperclass
public abstract class LinkRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  /** The lab whose editors answer. */
  @Column(name = "lab_id")
  private long labId;

  @Column(name = "requested_by")
  private @Nullable Long requestedBy;

  @Column(name = "created_at")
  private Instant createdAt = Instant.now();

  protected LinkRequest() {}

  protected LinkRequest(long labId, @Nullable Long requestedBy) {
    this.labId = labId;
    this.requestedBy = requestedBy;
  }

  /** The id, once saved. */
  @SuppressWarnings("NullAway") // read only of saved requests, which JPA gave an id
  public long id() {
    return id;
  }

  public long labId() {
    return labId;
  }

  /** The id of the linking content (a project, an article, a report). */
  public abstract long contentId();
}
