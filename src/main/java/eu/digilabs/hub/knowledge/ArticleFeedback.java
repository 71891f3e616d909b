package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** "Was this helpful?": a reader's yes or no with an optional comment, one per person. */
@Entity
@Table(name = "article_feedback")
class ArticleFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "article_id")
  private long articleId;

  @Column(name = "account_id")
  private long accountId;

  private boolean helpful;
  private @Nullable String comment;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ArticleFeedback() {}

  ArticleFeedback(long articleId, long accountId, boolean helpful, @Nullable String comment) {
    this.articleId = articleId;
    this.accountId = accountId;
    this.helpful = helpful;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = Instant.now();
  }

  boolean helpful() {
    return helpful;
  }

  @Nullable String comment() {
    return comment;
  }
}
