package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a failure report names besides its text: causes and terms, its lab (the author's own), a
 * published project and a catalogue service; checked when it is saved, named when it is shown.
 */
@Component
class FailureReportReferences {

  private final Taxonomy taxonomy;
  private final LabDirectory labs;
  private final AccountService accounts;
  private final Rights rights;
  private final ProjectQueries projects;
  private final Catalogue catalogue;

  FailureReportReferences(
      Taxonomy taxonomy,
      LabDirectory labs,
      AccountService accounts,
      Rights rights,
      ProjectQueries projects,
      Catalogue catalogue) {
    this.taxonomy = taxonomy;
    this.labs = labs;
    this.accounts = accounts;
    this.rights = rights;
    this.projects = projects;
    this.catalogue = catalogue;
  }

  Map<Long, String> labName(FailureReportView report) {
    return report.labId() == null ? Map.of() : labs.names(List.of(report.labId()));
  }

  Map<Long, String> projectTitle(FailureReportView report) {
    return report.projectId() == null
        ? Map.of()
        : projects.publishedTitles(List.of(report.projectId()));
  }

  @Nullable String serviceName(FailureReportView report) {
    return report.serviceId() == null
        ? null
        : catalogue.find(List.of(report.serviceId())).stream()
            .findFirst()
            .map(ServiceView::display)
            .orElse(null);
  }

  void check(FailureReportCommand c, @Nullable Long author) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.causes() == null || c.causes().stream().noneMatch(Objects::nonNull)) {
      problems.add(new FieldProblem("causes", "failures.error.cause"));
    } else {
      c.causes().stream()
          .filter(cause -> cause != null && !FailureReportService.CAUSES.contains(cause))
          .forEach(
              cause -> problems.add(new FieldProblem("causes", "validation.unknownTerm", cause)));
    }
    if (c.phase() != null && !c.phase().isBlank()) {
      taxonomy.check(Vocabulary.PHASE, "phase", List.of(c.phase()), problems);
    }
    if (c.language() != null && !c.language().isBlank()) {
      taxonomy.check(Vocabulary.LANGUAGE, "language", List.of(c.language()), problems);
    }
    if (c.labId() != null) {
      if (!labs.exists(c.labId())) {
        problems.add(new FieldProblem("labId", "validation.unknownId", c.labId()));
      } else if (author != null
          && !rights.admin()
          && !accounts.labsOf(author).containsKey(c.labId())) {
        problems.add(new FieldProblem("labId", "failures.error.notYourLab"));
      }
    }
    if (c.projectId() != null && projects.publishedTitles(List.of(c.projectId())).isEmpty()) {
      problems.add(new FieldProblem("projectId", "validation.unknownId", c.projectId()));
    }
    if (c.serviceId() != null && catalogue.find(List.of(c.serviceId())).isEmpty()) {
      problems.add(new FieldProblem("serviceId", "validation.unknownId", c.serviceId()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
