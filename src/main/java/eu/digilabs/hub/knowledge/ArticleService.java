package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading articles and guides: published ones for everyone, drafts and versions waiting for review
 * for their authors and reviewers, with the names around an article. Writing is {@link
 * ArticleEditing}, the review {@link ArticleReview}, versions {@link ArticleHistory}, files {@link
 * ArticleAttachments} and readers' "was this helpful?" {@link ArticleHelpfulness}.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

  public static final List<String> KINDS = List.of("guide", "how-to", "background", "news");

  private final Articles articles;
  private final ArticleAccess access;
  private final Rights rights;
  private final AccountService accounts;
  private final LabDirectory labs;
  private final ProjectQueries projects;
  private final ArticleCommandCheck checks;
  private final ArticleRecorder recorder;

  ArticleService(
      Articles articles,
      ArticleAccess access,
      Rights rights,
      AccountService accounts,
      LabDirectory labs,
      ProjectQueries projects,
      ArticleCommandCheck checks,
      ArticleRecorder recorder) {
    this.articles = articles;
    this.access = access;
    this.rights = rights;
    this.accounts = accounts;
    this.labs = labs;
    this.projects = projects;
    this.checks = checks;
    this.recorder = recorder;
  }

  /** Published articles, newest first, filtered by kind, language and phase. */
  public Page<ArticleSummary> list(
      @Nullable String kind,
      @Nullable String language,
      @Nullable String phase,
      int page,
      int size) {
    Specification<Article> spec =
        (root, query, cb) -> cb.equal(root.get("status"), Article.Status.PUBLISHED);
    if (kind != null && !kind.isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
    }
    if (language != null && !language.isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("language"), language));
    }
    if (phase != null && !phase.isBlank()) {
      spec =
          spec.and(
              (root, query, cb) -> {
                query.distinct(true);
                return cb.equal(root.join("phases"), phase);
              });
    }
    return articles
        .findAll(
            spec,
            PageRequest.of(
                Math.max(0, page),
                Math.max(1, Math.min(size, 100)),
                Sort.by(Sort.Direction.DESC, "updatedAt")))
        .map(ArticleSummary::of);
  }

  /** Articles waiting for the signed-in reviewer, and drafts of the signed-in author. */
  public List<ArticleSummary> mine() {
    return rights
        .currentAccountId()
        .map(
            account ->
                articles.findAll().stream()
                    .filter(
                        a ->
                            a.status() == Article.Status.DRAFT
                                || a.status() == Article.Status.IN_REVIEW
                                || a.pendingRevision() != null)
                    .filter(a -> a.authorIds().contains(account) || access.mayReview(a))
                    .map(ArticleSummary::of)
                    .toList())
        .orElse(List.of());
  }

  public ArticleView get(long id) {
    Article article = access.visible(id);
    return ArticleView.of(article, access.insider(article));
  }

  public boolean mayEdit(long id) {
    return articles.findById(id).map(access::mayEdit).orElse(false);
  }

  public boolean mayReview(long id) {
    return articles.findById(id).map(access::mayReview).orElse(false);
  }

  public Map<Long, String> labNames(ArticleView article) {
    Set<Long> ids = new HashSet<>(article.labIds());
    Long lab = article.labId();
    if (lab != null) {
      ids.add(lab);
    }
    return labs.names(ids);
  }

  public Map<Long, String> projectTitles(ArticleView article) {
    return projects.publishedTitles(article.projectIds());
  }

  public List<String> authorNames(ArticleView article) {
    return accounts.names(article.authorIds()).values().stream().sorted().toList();
  }
}
