package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The choices of the project pages' pickers: labs, the labs one may lead for, organisations. */
@Component
class ProjectFormOptions {

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Rights rights;
  private final AccountService accounts;

  ProjectFormOptions(
      LabDirectory labs,
      OrganisationDirectory organisations,
      Rights rights,
      AccountService accounts) {
    this.labs = labs;
    this.organisations = organisations;
    this.rights = rights;
    this.accounts = accounts;
  }

  /** Every lab by id, in name order. */
  Map<String, String> labs() {
    Map<String, String> options = new LinkedHashMap<>();
    labs.all().forEach(l -> options.put(Long.toString(l.id()), l.name()));
    return options;
  }

  /** Labs the person may lead a project for (the one already chosen stays selectable). */
  Map<String, String> leadLabs(String chosen) {
    if (rights.admin()) {
      return labs();
    }
    Map<Long, Boolean> mine = accounts.labsOf(rights.requireMember());
    Map<String, String> options = new LinkedHashMap<>();
    labs.all().stream()
        .filter(l -> Boolean.TRUE.equals(mine.get(l.id())) || Long.toString(l.id()).equals(chosen))
        .forEach(l -> options.put(Long.toString(l.id()), l.name()));
    return options;
  }

  /** Every organisation by id, in name order. */
  Map<String, String> organisations() {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.allOrganisations().forEach(o -> options.put(Long.toString(o.id()), o.name()));
    return options;
  }
}
