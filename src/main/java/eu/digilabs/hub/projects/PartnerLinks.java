package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabLinks;
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
 * Partner labs named by a project wait for an editor of the named lab: the lead lab itself and labs
 * the saving person edits are accepted at once, any other lab is held back as a request until its
 * editor accepts (the lab becomes a partner) or declines (the request is dropped).
 */
@Component
@Transactional(readOnly = true)
class PartnerLinks implements LabLinks {

  static final String KIND = "project-partner";

  private final Projects projects;
  private final PartnerRequests requests;
  private final Rights rights;
  private final ApplicationEventPublisher events;

  PartnerLinks(
      Projects projects,
      PartnerRequests requests,
      Rights rights,
      ApplicationEventPublisher events) {
    this.projects = projects;
    this.requests = requests;
    this.rights = rights;
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
          before.contains(lab) || Objects.equals(lab, project.leadLabId()) || rights.editorOf(lab);
      if (!atOnce) {
        project.removePartner(lab);
        if (!requests.existsByProjectIdAndLabId(project.id(), lab)) {
          requests.save(
              new PartnerRequest(project.id(), lab, rights.currentAccountId().orElse(null)));
        }
      }
    }
  }

  @Override
  public boolean handles(String kind) {
    return KIND.equals(kind);
  }

  @Override
  public List<Request> pendingFor(long labId) {
    if (!rights.editorOf(labId)) {
      return List.of();
    }
    List<PartnerRequest> waiting = requests.findByLabIdOrderByCreatedAt(labId);
    Map<Long, String> titles = new HashMap<>();
    projects
        .findAllById(waiting.stream().map(PartnerRequest::projectId).toList())
        .forEach(p -> titles.put(p.id(), p.title()));
    return waiting.stream()
        .filter(r -> titles.containsKey(r.projectId()))
        .map(
            r ->
                new Request(
                    KIND,
                    r.id(),
                    Objects.requireNonNull(titles.get(r.projectId())),
                    "/projects/" + r.projectId()))
        .toList();
  }

  @Override
  @Transactional
  public void accept(long labId, long requestId) {
    PartnerRequest request = request(labId, requestId);
    Project project =
        projects
            .findById(request.projectId())
            .orElseThrow(() -> new NotFound("Project " + request.projectId()));
    project.addPartner(labId);
    requests.delete(request);
    if (project.published()) {
      events.publishEvent(new PublishedProjectChanged(project.id()));
    }
  }

  @Override
  @Transactional
  public void decline(long labId, long requestId) {
    requests.delete(request(labId, requestId));
  }

  /** The request to the lab; only its editors (and admins) answer it. */
  private PartnerRequest request(long labId, long requestId) {
    rights.requireEditorOf(labId);
    return requests
        .findById(requestId)
        .filter(r -> r.labId() == labId)
        .orElseThrow(() -> new NotFound("No partner request " + requestId + "."));
  }
}
