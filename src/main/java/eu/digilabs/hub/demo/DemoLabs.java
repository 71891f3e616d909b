package eu.digilabs.hub.demo;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDemoMarks;
import eu.digilabs.hub.labs.LabService;
import org.springframework.stereotype.Component;

/**
 * Creates the demo's organisations and labs as the system account would through the lab form. The
 * creator of a lab becomes its editor; the system account steps back afterwards, so that the demo
 * labs have only their demo members.
 */
@Component
class DemoLabs {

  private final LabService labs;
  private final LabDemoMarks marks;
  private final AccountService accounts;
  private final Rights rights;

  DemoLabs(LabService labs, LabDemoMarks marks, AccountService accounts, Rights rights) {
    this.labs = labs;
    this.marks = marks;
    this.accounts = accounts;
    this.rights = rights;
  }

  /** Creates what {@code demo/labs.json} lists and returns the ids by key. */
  DemoKeys load(LabsFile file) {
    DemoKeys keys = new DemoKeys();
    for (OrganisationEntry o : file.organisations()) {
      keys.organisation(o.key(), labs.organisationNamed(o.name(), o.type(), o.country(), true));
    }
    long system = rights.requireMember();
    for (LabEntry entry : file.labs()) {
      long id = labs.create(entry.command(keys)).id();
      marks.markDemo(id);
      accounts.removeMember(id, system);
      keys.lab(entry.key(), id);
    }
    return keys;
  }
}
