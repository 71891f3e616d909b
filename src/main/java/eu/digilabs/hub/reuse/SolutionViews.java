package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Builds what pages, the API and other modules see of solutions: list rows with their provider's
 * name and where they are live (one query each for the whole list), and the full view with the
 * names of labs, organisations, services and projects.
 */
@Component
class SolutionViews {

  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Catalogue catalogue;
  private final ProjectQueries projects;
  private final Uptakes uptakes;

  SolutionViews(
      LabDirectory labs,
      OrganisationDirectory organisations,
      Catalogue catalogue,
      ProjectQueries projects,
      Uptakes uptakes) {
    this.labs = labs;
    this.organisations = organisations;
    this.catalogue = catalogue;
    this.projects = projects;
    this.uptakes = uptakes;
  }

  Page<SolutionSummary> summaries(Page<Solution> found) {
    List<SolutionSummary> rows = summaries(found.getContent());
    Map<Long, SolutionSummary> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.id(), r));
    return found.map(s -> byId.get(s.id()));
  }

  List<SolutionSummary> summaries(List<Solution> found) {
    Set<Long> labIds = new HashSet<>();
    Set<Long> organisationIds = new HashSet<>();
    found.forEach(
        s -> {
          SolutionCommand c = s.command();
          if (c.providerLabId() != null) {
            labIds.add(c.providerLabId());
          } else if (c.providerOrganisationId() != null) {
            organisationIds.add(c.providerOrganisationId());
          }
        });
    Map<Long, String> labNames = labIds.isEmpty() ? Map.of() : labs.names(labIds);
    Map<Long, String> organisationNames =
        organisationIds.isEmpty() ? Map.of() : organisations.organisationNames(organisationIds);
    Map<Long, List<Uptake>> live = live(found.stream().map(Solution::id).toList());
    List<SolutionSummary> rows = new ArrayList<>();
    for (Solution s : found) {
      SolutionCommand c = s.command();
      String provider =
          c.providerLabId() != null
              ? labNames.get(c.providerLabId())
              : organisationNames.get(c.providerOrganisationId());
      List<Uptake> liveHere = live.getOrDefault(s.id(), List.of());
      rows.add(
          new SolutionSummary(
              s.id(),
              c.name(),
              c.shortDescription(),
              c.kind(),
              c.operatingModel(),
              c.status(),
              c.licence(),
              s.openSource(),
              c.maturity(),
              inChecklistOrder(c.readiness()),
              c.providerLabId(),
              provider,
              c.country(),
              c.region(),
              c.softwareVersion(),
              c.releaseDate(),
              statesLive(liveHere),
              countriesLive(liveHere),
              s.published(),
              s.demo(),
              s.updatedAt()));
    }
    return rows;
  }

  SolutionView view(Solution s) {
    SolutionCommand c = s.command();
    Long lab = c.providerLabId();
    Long organisation = c.providerOrganisationId();
    Set<Long> projectIds = new HashSet<>(c.builtByProjectIds());
    projectIds.addAll(c.usedByProjectIds());
    Map<Long, String> titles =
        projectIds.isEmpty() ? Map.of() : projects.publishedTitles(projectIds);
    Map<String, SolutionView.LocalisedDescription> other = new LinkedHashMap<>();
    s.descriptions()
        .forEach(
            (language, d) ->
                other.put(
                    language,
                    new SolutionView.LocalisedDescription(
                        d.name(), d.shortDescription(), d.longDescription())));
    return new SolutionView(
        s.id(),
        c.name(),
        c.shortDescription(),
        c.description(),
        c.contentLanguage(),
        lab,
        lab == null ? null : labs.names(List.of(lab)).get(lab),
        organisation,
        organisation == null
            ? null
            : organisations.organisationNames(List.of(organisation)).get(organisation),
        c.country(),
        c.region(),
        c.contactName(),
        c.contactEmail(),
        c.contactUrl(),
        catalogue.find(c.serviceIds()),
        c.policyAreas(),
        c.technologies(),
        c.standards(),
        c.kind(),
        c.operatingModel(),
        c.licence(),
        s.licenceFamily(),
        s.openSource(),
        c.repositoryUrl(),
        c.documentationUrl(),
        c.softwareVersion(),
        c.releaseDate(),
        c.maturity(),
        inChecklistOrder(c.readiness()),
        c.hostingLocation(),
        c.status(),
        named(c.builtByProjectIds(), titles),
        named(c.usedByProjectIds(), titles),
        other,
        s.sourceUrl(),
        s.published(),
        s.demo(),
        s.createdAt(),
        s.updatedAt(),
        s.publishedAt(),
        s.version());
  }

  /** Public uptakes that are live, per solution, in one query. */
  private Map<Long, List<Uptake>> live(Collection<Long> solutionIds) {
    if (solutionIds.isEmpty()) {
      return Map.of();
    }
    return uptakes.findBySolutionIdInOrderByDeclaredAt(solutionIds).stream()
        .filter(u -> u.isPublic() && u.stage() == UptakeStage.LIVE)
        .collect(Collectors.groupingBy(Uptake::solutionId));
  }

  static int statesLive(List<Uptake> live) {
    return (int)
        live.stream()
            .filter(u -> "DE".equals(u.country()))
            .map(Uptake::region)
            .filter(Objects::nonNull)
            .distinct()
            .count();
  }

  static int countriesLive(List<Uptake> live) {
    return (int) live.stream().map(Uptake::country).filter(Objects::nonNull).distinct().count();
  }

  private static List<String> inChecklistOrder(List<String> codes) {
    return Arrays.stream(ReadinessItem.values())
        .map(ReadinessItem::code)
        .filter(codes::contains)
        .toList();
  }

  private static Map<Long, String> named(List<Long> ids, Map<Long, String> titles) {
    Map<Long, String> named = new LinkedHashMap<>();
    ids.stream().filter(titles::containsKey).forEach(id -> named.put(id, titles.get(id)));
    return named;
  }
}
