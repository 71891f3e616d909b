package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.HeldLinks;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labs and projects named by an article wait for an editor of the named lab (of a project: its lead
 * lab): the article's own lab and labs the saving person edits are linked at once, others are held
 * back as requests until that lab's editor accepts (the link is added) or declines.
 */
@Component
@Transactional(readOnly = true)
class ArticleLinks extends HeldLinks<ArticleLinkRequest> {

  static final String LAB = "article-lab";
  static final String PROJECT = "article-project";

  private final Articles articles;
  private final ArticleLinkRequests requests;
  private final ProjectQueries projects;
  private final ApplicationEventPublisher events;

  ArticleLinks(
      Articles articles,
      ArticleLinkRequests requests,
      ProjectQueries projects,
      Rights rights,
      ApplicationEventPublisher events) {
    super(requests, rights);
    this.articles = articles;
    this.requests = requests;
    this.projects = projects;
    this.events = events;
  }

  /**
   * After a save: labs and projects that were not linked before ({@code labsBefore}, {@code
   * projectsBefore}) and that the saving person may not link at once wait for their lab's editors.
   */
  @Transactional
  void hold(Article article, Set<Long> labsBefore, Set<Long> projectsBefore) {
    for (Long lab : List.copyOf(article.labIds())) {
      if (!labsBefore.contains(lab) && !linksAtOnce(article, lab)) {
        article.labIds().remove(lab);
        if (!requests.existsByArticleIdAndLabIdAndProjectIdIsNull(article.id(), lab)) {
          requests.save(new ArticleLinkRequest(article.id(), lab, null, requester()));
        }
      }
    }
    for (Long project : List.copyOf(article.projectIds())) {
      Long lead = projects.get(project).leadLabId();
      if (!projectsBefore.contains(project) && lead != null && !linksAtOnce(article, lead)) {
        article.projectIds().remove(project);
        if (!requests.existsByArticleIdAndLabIdAndProjectId(article.id(), lead, project)) {
          requests.save(new ArticleLinkRequest(article.id(), lead, project, requester()));
        }
      }
    }
  }

  private boolean linksAtOnce(Article article, long lab) {
    return Objects.equals(lab, article.labId()) || editsLab(lab);
  }

  @Override
  public boolean handles(String kind) {
    return LAB.equals(kind) || PROJECT.equals(kind);
  }

  @Override
  protected Map<Long, String> titles(Collection<Long> articleIds) {
    Map<Long, String> titles = new HashMap<>();
    articles.findAllById(articleIds).forEach(a -> titles.put(a.id(), a.title()));
    return titles;
  }

  @Override
  protected String kindOf(ArticleLinkRequest request) {
    return request.projectId() == null ? LAB : PROJECT;
  }

  @Override
  protected String pathOf(long articleId) {
    return "/articles/" + articleId;
  }

  @Override
  protected void link(long labId, ArticleLinkRequest request) {
    Article article =
        articles
            .findById(request.contentId())
            .orElseThrow(() -> new NotFound("No article " + request.contentId() + "."));
    Long project = request.projectId();
    if (project == null) {
      article.labIds().add(labId);
    } else {
      article.projectIds().add(project);
    }
    events.publishEvent(new ArticleChanged(article.id()));
  }
}
