package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a project command against what exists: labs, organisations, vocabulary codes and catalogue
 * services, and that it does not go live before it starts. Every problem is reported at once, field
 * by field.
 */
@Component
class ProjectCheck {

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Taxonomy taxonomy;
  private final Catalogue catalogue;

  ProjectCheck(
      LabDirectory labs,
      OrganisationDirectory organisations,
      Taxonomy taxonomy,
      Catalogue catalogue) {
    this.labs = labs;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
    this.catalogue = catalogue;
  }

  /** Throws an {@link InvalidInput} naming every field that refers to something unknown. */
  void check(ProjectCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.leadLabId() != null && !labs.exists(c.leadLabId())) {
      problems.add(new FieldProblem("leadLabId", "validation.unknownId", c.leadLabId()));
    }
    for (Long lab : c.partnerLabIds()) {
      if (!labs.exists(lab)) {
        problems.add(new FieldProblem("partnerLabIds", "validation.unknownId", lab));
      }
    }
    for (Long org : c.partnerOrganisationIds()) {
      if (!organisations.organisationExists(org)) {
        problems.add(new FieldProblem("partnerOrganisationIds", "validation.unknownId", org));
      }
    }
    single(Vocabulary.COUNTRY, "country", c.country(), problems);
    single(Vocabulary.LEVEL, "level", c.level(), problems);
    single(Vocabulary.PHASE, "phase", c.phase(), problems);
    single(Vocabulary.STATUS, "status", c.status(), problems);
    single(Vocabulary.LANGUAGE, "contentLanguage", c.contentLanguage(), problems);
    taxonomy.check(Vocabulary.POLICY_AREA, "policyAreas", c.policyAreas(), problems);
    taxonomy.check(Vocabulary.TECHNOLOGY, "technologies", c.technologies(), problems);
    taxonomy.check(Vocabulary.STAKEHOLDER, "stakeholders", c.stakeholders(), problems);
    taxonomy.check(Vocabulary.DISCIPLINE, "disciplines", c.disciplines(), problems);
    for (Long unknown : catalogue.unknown(c.serviceIds())) {
      problems.add(new FieldProblem("serviceIds", "validation.unknownId", unknown));
    }
    if (c.startDate() != null && c.goLiveDate() != null && c.goLiveDate().isBefore(c.startDate())) {
      problems.add(new FieldProblem("goLiveDate", "projects.goLiveBeforeStart"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private void single(
      Vocabulary vocabulary, String field, @Nullable String code, List<FieldProblem> problems) {
    if (code != null && !code.isBlank()) {
      taxonomy.check(vocabulary, field, List.of(code), problems);
    }
  }
}
