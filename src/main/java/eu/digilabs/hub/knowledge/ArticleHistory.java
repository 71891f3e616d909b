package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.problems.NotFound;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's saved versions: the history, one version, the differences between two, and restoring
 * an old text as the newest version.
 */
@Service
@Transactional(readOnly = true)
public class ArticleHistory {

  private final Articles articles;
  private final ArticleRevisions revisions;
  private final ArticleAccess access;
  private final ArticleRecorder recorder;

  ArticleHistory(
      Articles articles,
      ArticleRevisions revisions,
      ArticleAccess access,
      ArticleRecorder recorder) {
    this.articles = articles;
    this.revisions = revisions;
    this.access = access;
    this.recorder = recorder;
  }

  /**
   * Every saved version, latest first; readers see them from the first published one to the
   * published one, authors and reviewers all (drafts, notes, versions waiting for review).
   */
  public List<RevisionView> history(long id) {
    Article article = access.visible(id);
    boolean insider = access.insider(article);
    return revisions.findByArticleIdOrderByNumberDesc(id).stream()
        .filter(r -> insider || article.publiclyVisible(r.number()))
        .map(RevisionView::of)
        .toList();
  }

  public RevisionView revision(long id, int number) {
    Article article = access.visible(id);
    return revisions
        .findByArticleIdAndNumber(id, number)
        .filter(r -> access.insider(article) || article.publiclyVisible(r.number()))
        .map(RevisionView::of)
        .orElseThrow(() -> noVersion(id, number));
  }

  /**
   * Changes of title, summary and text from one version to another, by lines and by words inside
   * changed lines; versions too long to compare say so.
   */
  public TextDiff.Comparison diff(long id, int from, int to) {
    RevisionView before = revision(id, from);
    RevisionView after = revision(id, to);
    return TextDiff.of(before.text(), after.text());
  }

  /**
   * Saves an old version's text as the newest version: an edit like any other, so on a published
   * article an author's restore waits for review.
   */
  @Transactional
  public ArticleView restore(long id, int number) {
    Article article = access.editable(id);
    ArticleRevision old =
        revisions.findByArticleIdAndNumber(id, number).orElseThrow(() -> noVersion(id, number));
    if (access.waitsForReview(article)) {
      article.proposeRestore();
      articles.flush();
      recorder.recordPending(article, old.title(), old.summary(), old.body(), "restored:" + number);
      return recorder.changed(article);
    }
    article.restore(old);
    articles.flush();
    recorder.record(article, "restored:" + number);
    return recorder.changed(article);
  }

  private static NotFound noVersion(long id, int number) {
    return new NotFound("No version " + number + " of article " + id + ".");
  }
}
