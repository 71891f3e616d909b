package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.projects.ChangeView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A solution's change history: who created, changed, published, withdrew or imported it, when, and
 * which fields changed. Written in the transaction of the change it records.
 */
@Component
class SolutionHistory {

  private final SolutionChanges changes;
  private final Rights rights;

  SolutionHistory(SolutionChanges changes, Rights rights) {
    this.changes = changes;
    this.rights = rights;
  }

  /** Records what the signed-in person (or the system, with nobody signed in) did. */
  void record(Solution solution, String action, List<String> fields) {
    String author = rights.currentName();
    changes.save(
        new SolutionChange(
            solution.id(),
            rights.currentAccountId().orElse(null),
            author.isEmpty() ? "system" : author,
            action,
            fields));
  }

  /** The entries of one solution, newest first. */
  List<ChangeView> of(long solutionId) {
    return changes.findBySolutionIdOrderByChangedAtDescIdDesc(solutionId).stream()
        .map(SolutionChange::view)
        .toList();
  }
}
