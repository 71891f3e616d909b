package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabLinks;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.NotFound;
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
class ArticleLinks implements LabLinks {

  static final String LAB = "article-lab";
  static final String PROJECT = "article-project";

  private final Articles articles;
  private final ArticleLinkRequests requests;
  private final ProjectQueries projects;
  private final Rights rights;
  private final ApplicationEventPublisher events;

  ArticleLinks(
      Articles articles,
      ArticleLinkRequests requests,
      ProjectQueries projects,
      Rights rights,
      ApplicationEventPublisher events) {
    this.articles = articles;
    this.requests = requests;
    this.projects = projects;
    this.rights = rights;
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
    return Objects.equals(lab, article.labId()) || rights.editorOf(lab);
  }

  private Long requester() {
    return rights.currentAccountId().orElse(null);
  }

  @Override
  public boolean handles(String kind) {
    return LAB.equals(kind) || PROJECT.equals(kind);
  }

  @Override
  public List<Request> pendingFor(long labId) {
    if (!rights.editorOf(labId)) {
      return List.of();
    }
    List<ArticleLinkRequest> waiting = requests.findByLabIdOrderByCreatedAt(labId);
    Map<Long, String> titles = new HashMap<>();
    articles
        .findAllById(waiting.stream().map(ArticleLinkRequest::articleId).toList())
        .forEach(a -> titles.put(a.id(), a.title()));
    return waiting.stream()
        .filter(r -> titles.containsKey(r.articleId()))
        .map(
            r ->
                new Request(
                    r.projectId() == null ? LAB : PROJECT,
                    r.id(),
                    titles.get(r.articleId()),
                    "/articles/" + r.articleId()))
        .toList();
  }

  @Override
  @Transactional
  public void accept(long labId, long requestId) {
    ArticleLinkRequest request = request(labId, requestId);
    Article article =
        articles
            .findById(request.articleId())
            .orElseThrow(() -> new NotFound("No article " + request.articleId() + "."));
    if (request.projectId() == null) {
      article.labIds().add(labId);
    } else {
      article.projectIds().add(request.projectId());
    }
    requests.delete(request);
    events.publishEvent(new ArticleChanged(article.id()));
  }

  @Override
  @Transactional
  public void decline(long labId, long requestId) {
    requests.delete(request(labId, requestId));
  }

  /** The request to the lab; only its editors (and admins) answer it. */
  private ArticleLinkRequest request(long labId, long requestId) {
    rights.requireEditorOf(labId);
    return requests
        .findById(requestId)
        .filter(r -> r.labId() == labId)
        .orElseThrow(() -> new NotFound("No link request " + requestId + "."));
  }
}
