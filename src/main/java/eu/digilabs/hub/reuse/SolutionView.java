package eu.digilabs.hub.reuse;

import eu.digilabs.hub.taxonomy.ServiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A solution with the names of what it refers to, for its page and the API. {@code builtBy} and
 * {@code usedBy} map published project ids to their titles; {@code readiness} lists the codes of
 * the items met in checklist order; {@code otherLanguages} holds descriptions an import kept.
 */
public record SolutionView(
    long id,
    String name,
    @Nullable String shortDescription,
    @Nullable String description,
    @Nullable String contentLanguage,
    @Nullable Long providerLabId,
    @Nullable String providerLabName,
    @Nullable Long providerOrganisationId,
    @Nullable String providerOrganisationName,
    @Nullable String country,
    @Nullable String region,
    @Nullable String contactName,
    @Nullable String contactEmail,
    @Nullable String contactUrl,
    List<ServiceView> services,
    List<String> policyAreas,
    List<String> technologies,
    List<String> standards,
    String kind,
    @Nullable String operatingModel,
    @Nullable String licence,
    @Nullable String licenceFamily,
    boolean openSource,
    @Nullable String repositoryUrl,
    @Nullable String documentationUrl,
    @Nullable String softwareVersion,
    @Nullable LocalDate releaseDate,
    @Nullable Integer maturity,
    List<String> readiness,
    @Nullable String hostingLocation,
    String status,
    Map<Long, String> builtBy,
    Map<Long, String> usedBy,
    Map<String, LocalisedDescription> otherLanguages,
    @Nullable String sourceUrl,
    boolean published,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant publishedAt,
    long version) {

  /** A description in a further language. */
  public record LocalisedDescription(
      @Nullable String name, @Nullable String shortDescription, @Nullable String description) {}

  /** The values an edit form starts from, at this version. */
  public SolutionCommand command() {
    return new SolutionCommand(
        name,
        shortDescription,
        description,
        contentLanguage,
        providerLabId,
        providerOrganisationId,
        country,
        region,
        contactName,
        contactEmail,
        contactUrl,
        services.stream().map(ServiceView::id).toList(),
        policyAreas,
        technologies,
        standards,
        kind,
        operatingModel,
        licence,
        repositoryUrl,
        documentationUrl,
        softwareVersion,
        releaseDate,
        maturity,
        readiness,
        hostingLocation,
        status,
        List.copyOf(builtBy.keySet()),
        List.copyOf(usedBy.keySet()),
        version);
  }

  /** The name of the provider: its lab, else its organisation. */
  public @Nullable String providerName() {
    return providerLabName != null ? providerLabName : providerOrganisationName;
  }
}
