package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a solution: everyone sees a published one; drafts, changes and the full
 * uptake pipeline belong to the provider lab's editors and admins (admins alone for a solution
 * whose provider is an organisation without a lab). Decided at request time from today's
 * memberships.
 */
@Component
class SolutionAccess {

  private final Solutions solutions;
  private final Rights rights;

  SolutionAccess(Solutions solutions, Rights rights) {
    this.solutions = solutions;
    this.rights = rights;
  }

  /** The solution, if the viewer may see it; a hidden draft is not found. */
  Solution visible(long id) {
    Solution solution = find(id);
    if (!solution.published() && !mayEdit(solution.providerLabId())) {
      throw new NotFound("Solution " + id);
    }
    return solution;
  }

  /** The solution, if the viewer may change it: 404 when hidden, 401/403 without the right. */
  Solution editable(long id) {
    Solution solution = visible(id);
    requireEditor(solution.providerLabId());
    return solution;
  }

  boolean mayEdit(@Nullable Long providerLabId) {
    return providerLabId == null ? rights.admin() : rights.editorOf(providerLabId);
  }

  void requireEditor(@Nullable Long providerLabId) {
    if (providerLabId == null) {
      rights.requireAdmin();
    } else {
      rights.requireEditorOf(providerLabId);
    }
  }

  /** The signed-in account, recorded as a solution's creator. */
  @Nullable Long currentAccount() {
    return rights.currentAccountId().orElse(null);
  }

  Solution find(long id) {
    return solutions.findById(id).orElseThrow(() -> new NotFound("Solution " + id));
  }
}
