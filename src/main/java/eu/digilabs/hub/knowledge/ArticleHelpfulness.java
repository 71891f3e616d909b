package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' "was this helpful?" on published articles: once per signed-in person; the tally for
 * everyone, the comments for those who may edit the article.
 */
@Service
@Transactional(readOnly = true)
public class ArticleHelpfulness {

  private final ArticleFeedbacks feedbacks;
  private final ArticleAccess access;
  private final Rights rights;

  ArticleHelpfulness(ArticleFeedbacks feedbacks, ArticleAccess access, Rights rights) {
    this.feedbacks = feedbacks;
    this.access = access;
    this.rights = rights;
  }

  /** A reader's "was this helpful?" tally. */
  public record Helpfulness(long yes, long no, List<String> comments) {}

  public Helpfulness helpfulness(long id) {
    Article article = access.visible(id);
    List<ArticleFeedback> all = feedbacks.findByArticleIdOrderByCreatedAtDesc(id);
    long yes = all.stream().filter(ArticleFeedback::helpful).count();
    List<String> comments =
        access.mayEdit(article)
            ? all.stream().map(ArticleFeedback::comment).filter(Objects::nonNull).toList()
            : List.of();
    return new Helpfulness(yes, all.size() - yes, comments);
  }

  public boolean gaveFeedback(long id) {
    return rights
        .currentAccountId()
        .map(a -> feedbacks.existsByArticleIdAndAccountId(id, a))
        .orElse(false);
  }

  /** A signed-in reader's "was this helpful?", once per person. */
  @Transactional
  public void feedback(long id, @Nullable Boolean helpful, @Nullable String comment) {
    long account = rights.requireMember();
    Article article = access.visible(id);
    if (article.status() != Article.Status.PUBLISHED) {
      throw new InvalidInput("helpful", "articles.error.notPublished");
    }
    if (helpful == null) {
      throw new InvalidInput("helpful", "articles.error.helpful");
    }
    if (comment != null && comment.length() > 2000) {
      throw new InvalidInput("comment", "articles.error.comment");
    }
    if (feedbacks.existsByArticleIdAndAccountId(id, account)) {
      throw new InvalidInput("helpful", "articles.error.feedbackOnce");
    }
    feedbacks.saveAndFlush(new ArticleFeedback(id, account, helpful, comment));
  }
}
