package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.HeldLinks;
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
 * Partner labs named by a project wait for an editor of the named lab: the lead lab itself and labs
 * the saving person edits are accepted at once, any other lab is held back as a request until its
 * editor accepts (the lab becomes a partner) or declines (the request is dropped).
 */
@Component
@Transactional(readOnly = true)
class PartnerLinks extends HeldLinks<PartnerRequest> {

  static final String KIND = "project-partner";

  private final Projects projects;
  private final PartnerRequests requests;
  private final ApplicationEventPublisher events;

  PartnerLinks(
      Projects projects,
      PartnerRequests requests,
      Rights rights,
      ApplicationEventPublisher events) {
    super(requests, rights);
    this.projects = projects;
    this.requests = requests;
    this.events = events;
  }

  /**
   * After a save: partner labs that were not partners {@code before} and that the saving person may
   * not link at once are taken out again and wait for their editors.
   */
  @Transactional
  void hold(Project project, Set<Long> before) {
    for (Long lab : List.copyOf(project.partnerLabIds())) {
      boolean atOnce =
          before.contains(lab) || Objects.equals(lab, project.leadLabId()) || editsLab(lab);
      if (!atOnce) {
        project.removePartner(lab);
        if (!requests.existsByProjectIdAndLabId(project.id(), lab)) {
          requests.save(new PartnerRequest(project.id(), lab, requester()));
        }
      }
    }
  }

  @Override
  public boolean handles(String kind) {
    return KIND.equals(kind);
  }

  @Override
  protected Map<Long, String> titles(Collection<Long> projectIds) {
    Map<Long, String> titles = new HashMap<>();
    projects.findAllById(projectIds).forEach(p -> titles.put(p.id(), p.title()));
    return titles;
  }

  @Override
  protected String kindOf(PartnerRequest request) {
    return KIND;
  }

  @Override
  protected String pathOf(long projectId) {
    return "/projects/" + projectId;
  }

  @Override
  protected void link(long labId, PartnerRequest request) {
    Project project =
        projects
            .findById(request.contentId())
            .orElseThrow(() -> new NotFound("Project " + request.contentId()));
    project.addPartner(labId);
    if (project.published()) {
      events.publishEvent(new PublishedProjectChanged(project.id()));
    }
  }

  @Override
  protected String notFound(long requestId) {
    return "No partner request " + requestId + ".";
  }
}
