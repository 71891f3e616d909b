package eu.digilabs.hub.labs;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marks a lab as demo content (pages show a badge): for loading demo content, admins only. */
@Component
public class LabDemoMarks {

  private final Labs labs;
  private final Rights rights;

  LabDemoMarks(Labs labs, Rights rights) {
    this.labs = labs;
    this.rights = rights;
  }

  @Transactional
  public void markDemo(long labId) {
    rights.requireAdmin();
    labs.findById(labId).orElseThrow(() -> new NotFound("Lab " + labId)).markDemo();
  }
}
