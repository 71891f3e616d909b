package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Builds what pages, the API and other modules see of projects: list rows with their lead lab's
 * name, and the full view with the names of labs, organisations and catalogue services.
 */
@Component
class ProjectViews {

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Catalogue catalogue;

  ProjectViews(LabDirectory labs, OrganisationDirectory organisations, Catalogue catalogue) {
    this.labs = labs;
    this.organisations = organisations;
    this.catalogue = catalogue;
  }

  /** A page of list rows, looking up the lead labs' names in one query. */
  Page<ProjectSummary> summaries(Page<Project> found) {
    Map<Long, String> labNames = leadLabNames(found.getContent());
    return found.map(p -> summary(p, labNames));
  }

  /** List rows, looking up the lead labs' names in one query. */
  List<ProjectSummary> summaries(List<Project> found) {
    Map<Long, String> labNames = leadLabNames(found);
    return found.stream().map(p -> summary(p, labNames)).toList();
  }

  private Map<Long, String> leadLabNames(List<Project> found) {
    return labs.names(
        found.stream()
            .map(Project::leadLabId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet()));
  }

  private static ProjectSummary summary(Project p, Map<Long, String> labNames) {
    ImportedSource source = p.source();
    return new ProjectSummary(
        p.id(),
        p.title(),
        p.summary(),
        p.country(),
        p.level(),
        p.status(),
        p.phase(),
        p.leadLabId(),
        labNames.get(p.leadLabId()),
        List.copyOf(p.technologies()),
        List.copyOf(p.policyAreas()),
        p.startDate(),
        source == null ? null : source.name(),
        p.published(),
        p.demo(),
        p.updatedAt());
  }

  ProjectView view(Project p) {
    Map<Long, String> labNames = labs.names(p.labIds());
    Map<Long, String> orgNames = organisations.organisationNames(p.partnerOrganisationIds());
    ProjectOutcome o = p.outcome();
    ImportedSource source = p.source();
    return new ProjectView(
        p.id(),
        p.title(),
        p.summary(),
        p.description(),
        p.leadLabId(),
        labNames.get(p.leadLabId()),
        ordered(p.partnerLabIds(), labNames),
        ordered(p.partnerOrganisationIds(), orgNames),
        p.country(),
        p.level(),
        List.copyOf(p.policyAreas()),
        catalogue.find(p.serviceIds()),
        List.copyOf(p.technologies()),
        p.phase(),
        p.status(),
        p.startDate(),
        o.goLiveDate(),
        o.outcomes(),
        p.figures().stream()
            .map(f -> new ProjectCommand.Figure(f.label(), f.amount(), f.unit()))
            .toList(),
        o.lessonsWorked(),
        o.lessonsFailed(),
        o.lessonsDifferently(),
        List.copyOf(p.stakeholders()),
        List.copyOf(p.disciplines()),
        o.reusable(),
        o.reuseUrl(),
        o.reuseLicence(),
        p.links().stream().map(l -> new ProjectCommand.Link(l.label(), l.url())).toList(),
        p.contentLanguage(),
        source == null ? null : source.name(),
        source == null ? null : source.url(),
        source == null ? null : source.key(),
        source == null ? null : source.caseUrl(),
        source == null ? Map.of() : Map.copyOf(source.values()),
        p.published(),
        p.demo(),
        p.createdAt(),
        p.updatedAt(),
        p.publishedAt(),
        p.version());
  }

  private static Map<Long, String> ordered(Collection<Long> ids, Map<Long, String> names) {
    Map<Long, String> result = new LinkedHashMap<>();
    ids.forEach(id -> result.put(id, names.getOrDefault(id, "#" + id)));
    return result;
  }
}
