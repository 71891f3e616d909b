package eu.digilabs.hub.projects;

import eu.digilabs.hub.taxonomy.ServiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A project with everything its detail page and the API show. */
public record ProjectView(
    long id,
    String title,
    String summary,
    String description,
    Long leadLabId,
    String leadLabName,
    Map<Long, String> partnerLabs,
    Map<Long, String> partnerOrganisations,
    String country,
    String level,
    List<String> policyAreas,
    List<ServiceView> services,
    List<String> technologies,
    String phase,
    String status,
    LocalDate startDate,
    LocalDate goLiveDate,
    String outcomes,
    List<ProjectCommand.Figure> figures,
    String lessonsWorked,
    String lessonsFailed,
    String lessonsDifferently,
    List<String> stakeholders,
    List<String> disciplines,
    boolean reusable,
    String reuseUrl,
    String reuseLicence,
    List<ProjectCommand.Link> links,
    String contentLanguage,
    String sourceName,
    String sourceUrl,
    String sourceKey,
    String caseUrl,
    Map<String, String> sourceValues,
    boolean published,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    long version) {

  /** The values that reproduce this project, for the edit page. */
  public ProjectCommand command() {
    return new ProjectCommand(
        title,
        summary,
        description,
        leadLabId,
        List.copyOf(partnerLabs.keySet()),
        List.copyOf(partnerOrganisations.keySet()),
        country,
        level,
        policyAreas,
        services.stream().map(ServiceView::id).toList(),
        technologies,
        phase,
        status,
        startDate,
        goLiveDate,
        outcomes,
        figures,
        lessonsWorked,
        lessonsFailed,
        lessonsDifferently,
        stakeholders,
        disciplines,
        reusable,
        reuseUrl,
        reuseLicence,
        links,
        contentLanguage,
        version);
  }

  public boolean imported() {
    return sourceName != null;
  }

  public boolean hasLessons() {
    return lessonsWorked != null || lessonsFailed != null || lessonsDifferently != null;
  }
}
