package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A project's change history: who created, changed, published, withdrew or imported it, when, and
 * which fields changed. Written in the transaction of the change it records.
 */
@Component
class ProjectHistory {

  private final ProjectChanges changes;
  private final Rights rights;

  ProjectHistory(ProjectChanges changes, Rights rights) {
    this.changes = changes;
    this.rights = rights;
  }

  /** Records what the signed-in person (or the system, with nobody signed in) did. */
  void record(Project project, String action, List<String> fields) {
    String author = rights.currentName();
    changes.save(
        new ProjectChange(
            project.id(),
            rights.currentAccountId().orElse(null),
            author.isEmpty() ? "system" : author,
            action,
            fields));
  }

  /** Records an import from the named dataset. */
  void imported(Project project, List<String> fields, String dataset) {
    changes.save(new ProjectChange(project.id(), null, dataset, "imported", fields));
  }

  /** The entries of one project, newest first. */
  List<ChangeView> of(long projectId) {
    return changes.findByProjectIdOrderByChangedAtDescIdDesc(projectId).stream()
        .map(ProjectChange::view)
        .toList();
  }
}
