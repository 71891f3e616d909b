package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a declaration of interest: a reuser that exists, a solution still offered and not the
 * reuser lab's own, and a place (country, German state) from the vocabularies; the country defaults
 * to the reuser lab's. Every problem is reported at once.
 */
@Component
class UptakeCheck {

  /** Where the solution is to be used. */
  record Place(@Nullable String country, @Nullable String region) {}

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Taxonomy taxonomy;

  UptakeCheck(LabDirectory labs, OrganisationDirectory organisations, Taxonomy taxonomy) {
    this.labs = labs;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
  }

  Place declaration(Solution solution, UptakeCommands.Declare command) {
    Long lab = command.reuserLabId();
    Long organisation = command.reuserOrganisationId();
    List<FieldProblem> problems = new ArrayList<>();
    if (lab == null && organisation == null) {
      problems.add(new FieldProblem("reuserLabId", "uptakes.reuserRequired"));
    }
    boolean labExists = lab != null && labs.exists(lab);
    if (lab != null && !labExists) {
      problems.add(new FieldProblem("reuserLabId", "validation.unknownId", lab));
    }
    if (organisation != null && !organisations.organisationExists(organisation)) {
      problems.add(new FieldProblem("reuserOrganisationId", "validation.unknownId", organisation));
    }
    if (!solution.published() || solution.retired()) {
      problems.add(new FieldProblem("solution", "uptakes.notOffered"));
    }
    if (lab != null && lab.equals(solution.providerLabId())) {
      problems.add(new FieldProblem("reuserLabId", "uptakes.ownSolution"));
    }
    String country = blank(command.country());
    if (country == null && lab != null && labExists) {
      country = labs.get(lab).country();
    }
    String region = blank(command.region());
    if (country != null) {
      taxonomy.check(Vocabulary.COUNTRY, "country", List.of(country), problems);
    }
    if (region != null) {
      taxonomy.check(Vocabulary.REGION, "region", List.of(region), problems);
      if (!"DE".equals(country)) {
        problems.add(new FieldProblem("region", "solutions.regionOnlyInGermany"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Place(country, region);
  }
}
