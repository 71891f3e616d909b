package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.HeldLinks;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
class FailureLinks extends HeldLinks<FailureLinkRequest> {

  static final String KIND = "failure-project";

  private final FailureReports reports;
  private final FailureLinkRequests requests;
  private final ProjectQueries projects;
  private final ApplicationEventPublisher events;

  FailureLinks(
      FailureReports reports,
      FailureLinkRequests requests,
      ProjectQueries projects,
      Rights rights,
      ApplicationEventPublisher events) {
    super(requests, rights);
    this.reports = reports;
    this.requests = requests;
    this.projects = projects;
    this.events = events;
  }

  /** After a save: a newly named project of another lab waits for that lab's editors. */
  @Transactional
  void hold(FailureReport report, @Nullable Long projectBefore) {
    Long project = report.projectId();
    if (project == null || project.equals(projectBefore)) {
      return;
    }
    Long lead = projects.get(project).leadLabId();
    if (lead == null || Objects.equals(lead, report.labId()) || editsLab(lead)) {
      return;
    }
    report.linkProject(projectBefore);
    if (!requests.existsByReportIdAndProjectId(report.id(), project)) {
      requests.save(new FailureLinkRequest(report.id(), lead, project, requester()));
    }
  }

  @Override
  public boolean handles(String kind) {
    return KIND.equals(kind);
  }

  @Override
  protected Map<Long, String> titles(Collection<Long> reportIds) {
    Map<Long, String> titles = new HashMap<>();
    reports.findAllById(reportIds).forEach(r -> titles.put(r.id(), r.title()));
    return titles;
  }

  @Override
  protected String kindOf(FailureLinkRequest request) {
    return KIND;
  }

  @Override
  protected String pathOf(long reportId) {
    return "/failure-reports/" + reportId;
  }

  @Override
  protected void link(long labId, FailureLinkRequest request) {
    FailureReport report =
        reports
            .findById(request.contentId())
            .orElseThrow(() -> new NotFound("No failure report " + request.contentId() + "."));
    report.linkProject(request.projectId());
    events.publishEvent(new FailureReportChanged(report.id()));
  }
}
