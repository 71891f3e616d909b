package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a solution command against what exists and what the scales allow: a provider, labs,
 * organisations, vocabulary codes, catalogue services, published projects, the codes of kind,
 * operating model, status and readiness, the licence as an SPDX expression, and a region only for
 * Germany. Every problem is reported at once, field by field; returns the licence as read.
 */
@Component
class SolutionCheck {

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Taxonomy taxonomy;
  private final Catalogue catalogue;
  private final ProjectQueries projects;
  private final Licences licences;

  SolutionCheck(
      LabDirectory labs,
      OrganisationDirectory organisations,
      Taxonomy taxonomy,
      Catalogue catalogue,
      ProjectQueries projects,
      Licences licences) {
    this.labs = labs;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
    this.catalogue = catalogue;
    this.projects = projects;
    this.licences = licences;
  }

  /** Throws an {@link InvalidInput} naming every field that is wrong; else the licence read. */
  Licence check(SolutionCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.providerLabId() == null && c.providerOrganisationId() == null) {
      problems.add(new FieldProblem("providerLabId", "solutions.providerRequired"));
    }
    if (c.providerLabId() != null && !labs.exists(c.providerLabId())) {
      problems.add(new FieldProblem("providerLabId", "validation.unknownId", c.providerLabId()));
    }
    Long organisation = c.providerOrganisationId();
    if (organisation != null && !organisations.organisationExists(organisation)) {
      problems.add(
          new FieldProblem("providerOrganisationId", "validation.unknownId", organisation));
    }
    single(Vocabulary.COUNTRY, "country", c.country(), problems);
    single(Vocabulary.REGION, "region", c.region(), problems);
    if (c.region() != null && !c.region().isBlank() && !"DE".equals(c.country())) {
      problems.add(new FieldProblem("region", "solutions.regionOnlyInGermany"));
    }
    single(Vocabulary.LANGUAGE, "contentLanguage", c.contentLanguage(), problems);
    taxonomy.check(Vocabulary.POLICY_AREA, "policyAreas", c.policyAreas(), problems);
    taxonomy.check(Vocabulary.TECHNOLOGY, "technologies", c.technologies(), problems);
    taxonomy.check(Vocabulary.STANDARD, "standards", c.standards(), problems);
    for (Long unknown : catalogue.unknown(c.serviceIds())) {
      problems.add(new FieldProblem("serviceIds", "validation.unknownId", unknown));
    }
    Optional<SolutionKind> kind = code("kind", c.kind(), SolutionKind::of, problems);
    if (c.operatingModel() != null && !c.operatingModel().isBlank()) {
      code("operatingModel", c.operatingModel(), OperatingModel::of, problems);
      if (kind.filter(k -> k == SolutionKind.STANDARD).isPresent()) {
        problems.add(new FieldProblem("operatingModel", "solutions.standardNotOperated"));
      }
    }
    code("status", c.status(), SolutionStatus::of, problems);
    for (String item : c.readiness()) {
      code("readiness", item, ReadinessItem::of, problems);
    }
    projects(c, problems);
    Licence licence = licences.check(c.licence());
    if (licence.validity() == Licence.Validity.INVALID) {
      Licence.Hint hint = licence.hint();
      problems.add(
          hint == null
              ? new FieldProblem("licence", "solutions.licenceInvalid", c.licence())
              : new FieldProblem("licence", hint.key(), hint.args().toArray()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return licence;
  }

  private void projects(SolutionCommand c, List<FieldProblem> problems) {
    Set<Long> named = new HashSet<>(c.builtByProjectIds());
    named.addAll(c.usedByProjectIds());
    Set<Long> published = projects.publishedTitles(named).keySet();
    for (Long id : c.builtByProjectIds()) {
      if (!published.contains(id)) {
        problems.add(new FieldProblem("builtByProjectIds", "validation.unknownId", id));
      }
    }
    for (Long id : c.usedByProjectIds()) {
      if (!published.contains(id)) {
        problems.add(new FieldProblem("usedByProjectIds", "validation.unknownId", id));
      } else if (c.builtByProjectIds().contains(id)) {
        problems.add(new FieldProblem("usedByProjectIds", "solutions.projectTwice", id));
      }
    }
  }

  private static <T> Optional<T> code(
      String field,
      @Nullable String value,
      Function<@Nullable String, Optional<T>> lookup,
      List<FieldProblem> problems) {
    Optional<T> found = lookup.apply(value);
    if (found.isEmpty()) {
      problems.add(new FieldProblem(field, "validation.unknownTerm", value));
    }
    return found;
  }

  private void single(
      Vocabulary vocabulary, String field, @Nullable String code, List<FieldProblem> problems) {
    if (code != null && !code.isBlank()) {
      taxonomy.check(vocabulary, field, List.of(code), problems);
    }
  }
}
