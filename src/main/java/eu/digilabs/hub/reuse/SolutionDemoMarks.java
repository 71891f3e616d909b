package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks solutions and uptakes as demo content (pages show a badge): for loading demo content,
 * admins only.
 */
@Component
public class SolutionDemoMarks {

  private final Solutions solutions;
  private final Uptakes uptakes;
  private final Rights rights;

  SolutionDemoMarks(Solutions solutions, Uptakes uptakes, Rights rights) {
    this.solutions = solutions;
    this.uptakes = uptakes;
    this.rights = rights;
  }

  @Transactional
  public void markDemo(long solutionId) {
    rights.requireAdmin();
    solutions
        .findById(solutionId)
        .orElseThrow(() -> new NotFound("Solution " + solutionId))
        .markDemo();
  }

  @Transactional
  public void markUptakeDemo(long uptakeId) {
    rights.requireAdmin();
    uptakes.findById(uptakeId).orElseThrow(() -> new NotFound("Uptake " + uptakeId)).markDemo();
  }
}
