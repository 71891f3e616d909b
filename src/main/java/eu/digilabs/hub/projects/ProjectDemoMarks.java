package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marks a project as demo content (pages show a badge): for loading demo content, admins only. */
@Component
public class ProjectDemoMarks {

  private final Projects projects;
  private final Rights rights;

  ProjectDemoMarks(Projects projects, Rights rights) {
    this.projects = projects;
    this.rights = rights;
  }

  @Transactional
  public void markDemo(long projectId) {
    rights.requireAdmin();
    projects.findById(projectId).orElseThrow(() -> new NotFound("Project " + projectId)).markDemo();
  }
}
