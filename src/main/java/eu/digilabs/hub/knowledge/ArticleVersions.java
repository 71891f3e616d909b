package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The numbered versions of an article and which of them readers see: the latest saved one, the
 * published one (a later one waits for review), the first published one (readers' history starts
 * there), when the article was first published and last reviewed.
 */
@Embeddable
class ArticleVersions {

  private int revision;

  /** The version readers see; a later one of a published article is waiting for review. */
  @Column(name = "published_revision")
  private @Nullable Integer publishedRevision;

  /** Readers see the history from this version on; earlier drafts stay with the authors. */
  @Column(name = "first_published_revision")
  private @Nullable Integer firstPublishedRevision;

  @Column(name = "last_reviewed")
  private @Nullable LocalDate lastReviewed;

  @Column(name = "published_at")
  private @Nullable Instant publishedAt;

  /**
   * Numbers a new saved version; {@code readersSeeIt} (a reviewer's save of a public article) makes
   * it the published one at once. Returns the new number.
   */
  int next(boolean readersSeeIt) {
    if (readersSeeIt) {
      publishedRevision = revision + 1;
    }
    return ++revision;
  }

  /** Readers see the latest version from now on, reviewed today. */
  void publish(LocalDate today) {
    lastReviewed = today;
    publishedRevision = revision;
    if (firstPublishedRevision == null) {
      firstPublishedRevision = revision;
    }
    if (publishedAt == null) {
      publishedAt = Instant.now();
    }
  }

  /** The latest version when it is newer than the published one, or null. */
  @Nullable Integer pending() {
    return publishedRevision != null && revision > publishedRevision ? revision : null;
  }

  /** Whether readers may see this version: from the first published one to the published one. */
  boolean readable(int number) {
    return firstPublishedRevision != null
        && publishedRevision != null
        && number >= firstPublishedRevision
        && number <= publishedRevision;
  }

  int revision() {
    return revision;
  }

  @Nullable Integer publishedRevision() {
    return publishedRevision;
  }

  @Nullable LocalDate lastReviewed() {
    return lastReviewed;
  }

  @Nullable Instant publishedAt() {
    return publishedAt;
  }
}
