package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An article naming another lab, or a project of another lab, waiting for an editor of that lab:
 * until accepted, the link is not part of the article.
 */
@Entity
@Table(name = "article_link_request")
class ArticleLinkRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id")
  private long articleId;

  /** The lab whose editors answer: the named lab, or the named project's lead lab. */
  @Column(name = "lab_id")
  private long labId;

  /** The named project; null when the lab itself is named. */
  @Column(name = "project_id")
  private Long projectId;

  @Column(name = "requested_by")
  private Long requestedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ArticleLinkRequest() {}

  ArticleLinkRequest(long articleId, long labId, Long projectId, Long requestedBy) {
    this.articleId = articleId;
    this.labId = labId;
    this.projectId = projectId;
    this.requestedBy = requestedBy;
    this.createdAt = Instant.now();
  }

  Long id() {
    return id;
  }

  long articleId() {
    return articleId;
  }

  long labId() {
    return labId;
  }

  Long projectId() {
    return projectId;
  }
}
