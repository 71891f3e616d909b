package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabLinks;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project named by a failure report waits for an editor of the project's lead lab, unless it is
 * the report's own lab or the saving person edits that lab; accepted, the report names the project
 * (and shows on its page), declined, the request is dropped.
 */
@Component
@Transactional(readOnly = true)
class FailureLinks implements LabLinks {

  static final String KIND = "failure-project";

  private final FailureReports reports;
  private final FailureLinkRequests requests;
  private final ProjectQueries projects;
  private final Rights rights;
  private final ApplicationEventPublisher events;

  FailureLinks(
      FailureReports reports,
      FailureLinkRequests requests,
      ProjectQueries projects,
      Rights rights,
      ApplicationEventPublisher events) {
    this.reports = reports;
    this.requests = requests;
    this.projects = projects;
    this.rights = rights;
    this.events = events;
  }

  /** After a save: a newly named project of another lab waits for that lab's editors. */
  @Transactional
  void hold(FailureReport report, Long projectBefore) {
    Long project = report.projectId();
    if (project == null || project.equals(projectBefore)) {
      return;
    }
    Long lead = projects.get(project).leadLabId();
    if (lead == null || Objects.equals(lead, report.labId()) || rights.editorOf(lead)) {
      return;
    }
    report.linkProject(projectBefore);
    if (!requests.existsByReportIdAndProjectId(report.id(), project)) {
      requests.save(
          new FailureLinkRequest(
              report.id(), lead, project, rights.currentAccountId().orElse(null)));
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
    List<FailureLinkRequest> waiting = requests.findByLabIdOrderByCreatedAt(labId);
    Map<Long, String> titles = new HashMap<>();
    reports
        .findAllById(waiting.stream().map(FailureLinkRequest::reportId).toList())
        .forEach(r -> titles.put(r.id(), r.title()));
    return waiting.stream()
        .filter(r -> titles.containsKey(r.reportId()))
        .map(
            r ->
                new Request(
                    KIND, r.id(), titles.get(r.reportId()), "/failure-reports/" + r.reportId()))
        .toList();
  }

  @Override
  @Transactional
  public void accept(long labId, long requestId) {
    FailureLinkRequest request = request(labId, requestId);
    FailureReport report =
        reports
            .findById(request.reportId())
            .orElseThrow(() -> new NotFound("No failure report " + request.reportId() + "."));
    report.linkProject(request.projectId());
    requests.delete(request);
    events.publishEvent(new FailureReportChanged(report.id()));
  }

  @Override
  @Transactional
  public void decline(long labId, long requestId) {
    requests.delete(request(labId, requestId));
  }

  /** The request to the lab; only its editors (and admins) answer it. */
  private FailureLinkRequest request(long labId, long requestId) {
    rights.requireEditorOf(labId);
    return requests
        .findById(requestId)
        .filter(r -> r.labId() == labId)
        .orElseThrow(() -> new NotFound("No link request " + requestId + "."));
  }
}
