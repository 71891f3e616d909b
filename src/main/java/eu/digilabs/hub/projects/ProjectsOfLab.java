package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LabProjects;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Lists a lab's projects on its page. */
@Component
class ProjectsOfLab implements LabProjects {

  private final ProjectService projects;

  ProjectsOfLab(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public List<Row> of(long labId) {
    return projects.forLab(labId).stream()
        .map(
            p ->
                new Row(
                    p.id(),
                    p.title(),
                    p.status(),
                    p.published(),
                    Objects.equals(p.leadLabId(), labId)))
        .toList();
  }
}
