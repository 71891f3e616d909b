package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.labs.LinkRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An article naming another lab, or a project of another lab, waiting for an editor of that lab
 * (the named lab, or the named project's lead lab): until accepted, the link is not part of the
 * article.
 */
@Entity
@Table(name = "article_link_request")
class ArticleLinkRequest extends LinkRequest {

  @Column(name = "article_id")
  private long articleId;

  /** The named project; null when the lab itself is named. */
  @Column(name = "project_id")
  private @Nullable Long projectId;

  protected ArticleLinkRequest() {}

  ArticleLinkRequest(
      long articleId, long labId, @Nullable Long projectId, @Nullable Long requestedBy) {
    super(labId, requestedBy);
    this.articleId = articleId;
    this.projectId = projectId;
  }

  @Override
  public long contentId() {
    return articleId;
  }

  @Nullable Long projectId() {
    return projectId;
  }
}
