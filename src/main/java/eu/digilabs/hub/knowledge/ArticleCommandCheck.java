package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what an article names: a known kind and terms, labs that exist, published projects and
 * catalogue services; every unknown one is a field problem.
 */
@Component
class ArticleCommandCheck {

  private final Taxonomy taxonomy;
  private final LabDirectory labs;
  private final ProjectQueries projects;
  private final Catalogue catalogue;

  ArticleCommandCheck(
      Taxonomy taxonomy, LabDirectory labs, ProjectQueries projects, Catalogue catalogue) {
    this.taxonomy = taxonomy;
    this.labs = labs;
    this.projects = projects;
    this.catalogue = catalogue;
  }

  void check(ArticleCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!ArticleService.KINDS.contains(c.kind())) {
      problems.add(new FieldProblem("kind", "validation.unknownTerm", c.kind()));
    }
    String language = c.language();
    if (language != null && !language.isBlank()) {
      taxonomy.check(Vocabulary.LANGUAGE, "language", List.of(language), problems);
    }
    checkTerms(Vocabulary.POLICY_AREA, "policyAreas", c.policyAreas(), problems);
    checkTerms(Vocabulary.TECHNOLOGY, "technologies", c.technologies(), problems);
    checkTerms(Vocabulary.PHASE, "phases", c.phases(), problems);
    Long lab = c.labId();
    if (lab != null && !labs.exists(lab)) {
      problems.add(new FieldProblem("labId", "validation.unknownId", lab));
    }
    if (c.labIds() != null) {
      c.labIds().stream()
          .filter(l -> l != null && !labs.exists(l))
          .forEach(l -> problems.add(new FieldProblem("labIds", "validation.unknownId", l)));
    }
    if (c.projectIds() != null) {
      List<Long> wanted = c.projectIds().stream().filter(Objects::nonNull).toList();
      Map<Long, String> found = projects.publishedTitles(wanted);
      wanted.stream()
          .filter(p -> !found.containsKey(p))
          .forEach(p -> problems.add(new FieldProblem("projectIds", "validation.unknownId", p)));
    }
    if (c.serviceIds() != null) {
      List<Long> wanted = c.serviceIds().stream().filter(Objects::nonNull).toList();
      Set<Long> found = new HashSet<>();
      catalogue.find(wanted).forEach(s -> found.add(s.id()));
      wanted.stream()
          .filter(s -> !found.contains(s))
          .forEach(s -> problems.add(new FieldProblem("serviceIds", "validation.unknownId", s)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private void checkTerms(
      Vocabulary vocabulary,
      String field,
      @Nullable List<String> codes,
      List<FieldProblem> problems) {
    if (codes != null) {
      taxonomy.check(vocabulary, field, codes, problems);
    }
  }
}
