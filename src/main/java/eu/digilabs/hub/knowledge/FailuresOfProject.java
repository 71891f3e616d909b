package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.projects.ProjectFailures;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lists the (not anonymous) failure reports about a project on its page. */
@Component
class FailuresOfProject implements ProjectFailures {

  private final FailureReportService reports;

  FailuresOfProject(FailureReportService reports) {
    this.reports = reports;
  }

  @Override
  public List<Row> of(long projectId) {
    return reports.ofProject(projectId).stream().map(r -> new Row(r.id(), r.title())).toList();
  }
}
