package eu.digilabs.hub.projects;

import eu.digilabs.hub.taxonomy.ServiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A project with everything its detail page and the API show. */
public record ProjectView(
    long id,
    String title,
    @Nullable String summary,
    @Nullable String description,
    @Nullable Long leadLabId,
    @Nullable String leadLabName,
    Map<Long, String> partnerLabs,
    Map<Long, String> partnerOrganisations,
    @Nullable String country,
    @Nullable String level,
    List<String> policyAreas,
    List<ServiceView> services,
    List<String> technologies,
    @Nullable String phase,
    @Nullable String status,
    @Nullable LocalDate startDate,
    @Nullable LocalDate goLiveDate,
    @Nullable String outcomes,
    List<ProjectCommand.Figure> figures,
    @Nullable String lessonsWorked,
    @Nullable String lessonsFailed,
    @Nullable String lessonsDifferently,
    List<String> stakeholders,
    List<String> disciplines,
    boolean reusable,
    @Nullable String reuseUrl,
    @Nullable String reuseLicence,
    List<ProjectCommand.Link> links,
    @Nullable String contentLanguage,
    @Nullable String sourceName,
    @Nullable String sourceUrl,
    @Nullable String sourceKey,
    @Nullable String caseUrl,
    Map<String, String> sourceValues,
    boolean published,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant publishedAt,
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
