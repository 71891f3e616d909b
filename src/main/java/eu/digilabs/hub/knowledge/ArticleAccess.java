package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who sees, edits and reviews an article, decided from today's memberships: authors edit while they
 * belong to the article's lab, the lab's editors and admins review.
 */
@Component
class ArticleAccess {

  private final Articles articles;
  private final Rights rights;

  ArticleAccess(Articles articles, Rights rights) {
    this.articles = articles;
    this.rights = rights;
  }

  /** Published and archived for everyone; drafts and reviews for authors and reviewers. */
  Article visible(long id) {
    Article article =
        articles.findById(id).orElseThrow(() -> new NotFound("No article " + id + "."));
    if (!article.isPublic() && !mayEdit(article) && !mayReview(article)) {
      throw new NotFound("No article " + id + ".");
    }
    return article;
  }

  Article editable(long id) {
    Article article = visible(id);
    rights.requireMember();
    if (!mayEdit(article)) {
      throw new Forbidden("not an author of article " + id);
    }
    return article;
  }

  Article reviewable(long id) {
    Article article = visible(id);
    rights.requireMember();
    if (!mayReview(article)) {
      throw new Forbidden("not a reviewer of article " + id);
    }
    return article;
  }

  /**
   * Attachments change what readers see at once, so on a published article only those who may
   * publish (the lab's editors, admins) add or remove them; authors' text changes wait for review.
   */
  Article attachable(long id) {
    Article article = editable(id);
    if (waitsForReview(article)) {
      throw new Forbidden("attachments of published article " + id + " need an editor");
    }
    return article;
  }

  /** A published article edited by one of its authors (not a reviewer) keeps its text for now. */
  boolean waitsForReview(Article article) {
    return article.isPublic() && !mayReview(article);
  }

  /**
   * Authors (of a lab's article: while they belong to the lab), the lab's editors and admins.
   * Decided from today's memberships, so an author's right ends when they leave the lab.
   */
  boolean mayEdit(Article article) {
    Long lab = article.labId();
    return rights.admin()
        || (rights.currentAccountId().map(a -> article.authorIds().contains(a)).orElse(false)
            && (lab == null || rights.memberOf(lab)))
        || (lab != null && rights.editorOf(lab));
  }

  /** The lab's editors and admins (an article without a lab: admins). */
  boolean mayReview(Article article) {
    Long lab = article.labId();
    return rights.admin() || (lab != null && rights.editorOf(lab));
  }

  /** Authors and reviewers see drafts, notes of the review and versions waiting for it. */
  boolean insider(Article article) {
    return mayEdit(article) || mayReview(article);
  }
}
