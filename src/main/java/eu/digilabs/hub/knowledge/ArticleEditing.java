package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles: new drafts and saves, every save kept as a version; on a published article an
 * author's version waits for review while readers keep the published text.
 */
@Service
@Transactional(readOnly = true)
public class ArticleEditing {

  private final Articles articles;
  private final ArticleRevisions revisions;
  private final ArticleAccess access;
  private final ArticleCommandCheck checks;
  private final ArticleRecorder recorder;
  private final ArticleLinks links;
  private final Rights rights;
  private final AccountService accounts;

  ArticleEditing(
      Articles articles,
      ArticleRevisions revisions,
      ArticleAccess access,
      ArticleCommandCheck checks,
      ArticleRecorder recorder,
      ArticleLinks links,
      Rights rights,
      AccountService accounts) {
    this.articles = articles;
    this.revisions = revisions;
    this.access = access;
    this.checks = checks;
    this.recorder = recorder;
    this.links = links;
    this.rights = rights;
    this.accounts = accounts;
  }

  /**
   * The article as its authors continue editing it: with the text of the version waiting for
   * review, if there is one.
   */
  public ArticleView latest(long id) {
    Article article = access.editable(id);
    ArticleView view = ArticleView.of(article);
    Integer pending = article.pendingRevision();
    return pending == null
        ? view
        : view.withText(
            RevisionView.of(
                revisions
                    .findByArticleIdAndNumber(id, pending)
                    .orElseThrow(
                        () -> new NotFound("No version " + pending + " of article " + id + "."))));
  }

  /** A new draft; the signed-in member is its author. For a lab, they must belong to it. */
  @Transactional
  public ArticleView create(ArticleCommand command) {
    long account = rights.requireMember();
    checks.check(command);
    Long lab = command.labId();
    if (lab != null && !rights.admin() && !accounts.labsOf(account).containsKey(lab)) {
      throw new Forbidden("not a member of lab " + lab);
    }
    Article article = articles.save(new Article(command, account));
    links.hold(article, Set.of(), Set.of());
    recorder.record(article, command.note());
    return recorder.changed(article);
  }

  /**
   * Saves a new version from the version the author started from; a stale one is a conflict and
   * nothing is saved. On a published article, an author's version waits for review (readers keep
   * the published text); a reviewer's is published at once. Only reviewers move an article to
   * another lab or out of its lab.
   */
  @Transactional
  public ArticleView update(long id, long version, ArticleCommand command) {
    Article article = access.editable(id);
    if (article.version() != version) {
      throw new Conflict("The article was changed by someone else since version " + version + ".");
    }
    checks.check(command);
    checkMove(article, command.labId());
    Set<Long> labsBefore = Set.copyOf(article.labIds());
    Set<Long> projectsBefore = Set.copyOf(article.projectIds());
    if (access.waitsForReview(article)) {
      article.propose(command);
      links.hold(article, labsBefore, projectsBefore);
      articles.flush();
      recorder.recordPending(
          article, command.title().strip(), command.summary(), command.body(), command.note());
      return recorder.changed(article);
    }
    article.apply(command);
    links.hold(article, labsBefore, projectsBefore);
    articles.flush();
    recorder.record(article, command.note());
    return recorder.changed(article);
  }

  /** Only the lab's editors move an article out of its lab, into a lab they edit. */
  private void checkMove(Article article, @Nullable Long labId) {
    if (Objects.equals(article.labId(), labId)) {
      return;
    }
    if (article.labId() != null && !access.mayReview(article)) {
      throw new Forbidden("only the lab's editors may move article " + article.id());
    }
    if (labId != null) {
      rights.requireEditorOf(labId);
    }
  }
}
