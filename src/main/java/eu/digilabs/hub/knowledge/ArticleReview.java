package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an article: authors submit a draft, the lab's editors (or admins) publish it,
 * return it with a comment, or archive it; publishing a version waiting for review replaces the
 * published text.
 */
@Service
@Transactional(readOnly = true)
public class ArticleReview {

  private final ArticleRevisions revisions;
  private final ArticleAccess access;
  private final ArticleRecorder recorder;

  ArticleReview(ArticleRevisions revisions, ArticleAccess access, ArticleRecorder recorder) {
    this.revisions = revisions;
    this.access = access;
    this.recorder = recorder;
  }

  @Transactional
  public ArticleView submit(long id) {
    Article article = access.editable(id);
    if (article.status() != Article.Status.DRAFT) {
      throw new InvalidInput("status", "articles.error.onlyDrafts");
    }
    article.submit();
    return recorder.changed(article);
  }

  /**
   * Publishes after review: the lab's editors or admins; the review date becomes today. On a
   * published article, the version waiting for review replaces the published text.
   */
  @Transactional
  public ArticleView publish(long id) {
    Article article = access.reviewable(id);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    Integer pending = article.pendingRevision();
    if (pending == null) {
      article.publish(today);
    } else {
      article.publishPending(
          revisions
              .findByArticleIdAndNumber(id, pending)
              .orElseThrow(() -> new NotFound("No version " + pending + " of article " + id + ".")),
          today);
    }
    return recorder.changed(article);
  }

  /** Sends an article in review back to its authors with the reviewer's comment. */
  @Transactional
  public ArticleView returnToAuthors(long id, @Nullable String comment) {
    Article article = access.reviewable(id);
    if (comment == null || comment.isBlank() || comment.length() > 2000) {
      throw new InvalidInput("comment", "articles.error.comment");
    }
    if (article.status() != Article.Status.IN_REVIEW) {
      throw new InvalidInput("status", "articles.error.notInReview");
    }
    article.returnToAuthors(comment.strip());
    return recorder.changed(article);
  }

  @Transactional
  public ArticleView archive(long id) {
    Article article = access.reviewable(id);
    article.archive();
    return recorder.changed(article);
  }
}
