package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of an article: its text, who saved it, when, and what they said changed. */
@Entity
@Table(name = "article_revision")
class ArticleRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "article_id")
  private long articleId;

  private int number;
  private String title;
  private @Nullable String summary;
  private @Nullable String body;

  @Column(name = "author_id")
  private @Nullable Long authorId;

  @Column(name = "author_name")
  private @Nullable String authorName;

  private @Nullable String note;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ArticleRevision() {}

  ArticleRevision(
      Article article,
      @Nullable Long authorId,
      @Nullable String authorName,
      @Nullable String note) {
    this(article, article.title(), article.summary(), article.body(), authorId, authorName, note);
  }

  /** A version whose text differs from the article's published one: waiting for review. */
  ArticleRevision(
      Article article,
      String title,
      @Nullable String summary,
      @Nullable String body,
      @Nullable Long authorId,
      @Nullable String authorName,
      @Nullable String note) {
    this.articleId = article.id();
    this.number = article.versions().revision();
    this.title = title;
    this.summary = summary;
    this.body = body;
    this.authorId = authorId;
    this.authorName = authorName;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.createdAt = Instant.now();
  }

  long articleId() {
    return articleId;
  }

  int number() {
    return number;
  }

  String title() {
    return title;
  }

  @Nullable String summary() {
    return summary;
  }

  @Nullable String body() {
    return body;
  }

  @Nullable Long authorId() {
    return authorId;
  }

  @Nullable String authorName() {
    return authorName;
  }

  @Nullable String note() {
    return note;
  }

  Instant createdAt() {
    return createdAt;
  }
}
