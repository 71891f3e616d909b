package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.reuse.Licence;
import eu.digilabs.hub.reuse.OperatingModel;
import eu.digilabs.hub.reuse.ReadinessItem;
import eu.digilabs.hub.reuse.SolutionKind;
import eu.digilabs.hub.reuse.SolutionStatus;
import eu.digilabs.hub.reuse.UptakeStage;
import eu.digilabs.hub.web.Forms;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The choices of the reuse pages' pickers, labelled in the reader's language: the scales (kind,
 * operating model, status, readiness, maturity, stages), the labs one may provide for or act for,
 * organisations, and the projects a solution may name.
 */
@Component
class SolutionFormOptions {

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final ProjectQueries projects;
  private final Rights rights;
  private final AccountService accounts;
  private final Forms forms;

  SolutionFormOptions(
      LabDirectory labs,
      OrganisationDirectory organisations,
      ProjectQueries projects,
      Rights rights,
      AccountService accounts,
      Forms forms) {
    this.labs = labs;
    this.organisations = organisations;
    this.projects = projects;
    this.rights = rights;
    this.accounts = accounts;
    this.forms = forms;
  }

  Map<String, String> kinds() {
    return scale(List.of(SolutionKind.values()), SolutionKind::code, "solutions.kind.");
  }

  Map<String, String> operatingModels() {
    return scale(
        List.of(OperatingModel.values()), OperatingModel::code, "solutions.operatingModel.");
  }

  Map<String, String> statuses() {
    return scale(List.of(SolutionStatus.values()), SolutionStatus::code, "solutions.status.");
  }

  Map<String, String> readiness() {
    return scale(List.of(ReadinessItem.values()), ReadinessItem::code, "solutions.readiness.");
  }

  Map<String, String> stages() {
    return scale(List.of(UptakeStage.values()), UptakeStage::code, "uptakes.stage.");
  }

  Map<String, String> maturities() {
    return scale(List.of(0, 1, 2, 3, 4), String::valueOf, "solutions.maturity.");
  }

  /** Open source, then the licence families but "unknown". */
  Map<String, String> licences() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("open-source", forms.message("solutions.licence.openSource"));
    for (Licence.Family family : Licence.Family.values()) {
      if (family != Licence.Family.UNKNOWN) {
        options.put(family.code(), forms.message("licences.family." + family.code()));
      }
    }
    return options;
  }

  /** Labs one may offer a solution for: one's labs as editor (all for admins). */
  Map<String, String> providerLabs(String chosen) {
    return myLabs(chosen, true);
  }

  /** Labs one may declare interest for: the labs one belongs to. */
  Map<String, String> memberLabs() {
    return myLabs("", false);
  }

  Map<String, String> organisations() {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.allOrganisations().forEach(o -> options.put(Long.toString(o.id()), o.name()));
    return options;
  }

  /** The provider lab's published projects, and any project already chosen. */
  Map<String, String> projects(@Nullable Long providerLab, Collection<Long> chosen) {
    Map<String, String> options = new LinkedHashMap<>();
    if (providerLab != null) {
      projects.forLab(providerLab).stream()
          .filter(p -> p.published())
          .forEach(p -> options.put(Long.toString(p.id()), p.title()));
    }
    projects.publishedTitles(chosen).forEach((id, title) -> options.put(Long.toString(id), title));
    return options;
  }

  private Map<String, String> myLabs(String chosen, boolean asEditor) {
    Map<String, String> options = new LinkedHashMap<>();
    if (!rights.currentAccountId().isPresent()) {
      return options;
    }
    boolean admin = rights.admin();
    Map<Long, Boolean> mine = accounts.labsOf(rights.requireMember());
    labs.all().stream()
        .filter(
            l ->
                (admin && asEditor)
                    || (mine.containsKey(l.id())
                        && (!asEditor || Boolean.TRUE.equals(mine.get(l.id()))))
                    || Long.toString(l.id()).equals(chosen))
        .forEach(l -> options.put(Long.toString(l.id()), l.name()));
    return options;
  }

  private <T> Map<String, String> scale(List<T> values, Function<T, String> code, String prefix) {
    Map<String, String> options = new LinkedHashMap<>();
    values.forEach(v -> options.put(code.apply(v), forms.message(prefix + code.apply(v))));
    return options;
  }
}
