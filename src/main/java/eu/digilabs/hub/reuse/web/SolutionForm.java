package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.reuse.SolutionCommand;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The solution form as a browser sends it: {@link SolutionCommand} with lists a browser may leave
 * out (no box ticked) and the text of the service search.
 */
record SolutionForm(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 500) @Nullable String shortDescription,
    @Size(max = 20000) @Nullable String description,
    @Nullable String contentLanguage,
    @Nullable Long providerLabId,
    @Nullable Long providerOrganisationId,
    @Nullable String country,
    @Nullable String region,
    @Size(max = 200) @Nullable String contactName,
    @Size(max = 254) @Email @Nullable String contactEmail,
    @Size(max = 1000) @Pattern(regexp = URL) @Nullable String contactUrl,
    @Nullable List<Long> serviceIds,
    @Nullable String serviceQuery,
    @Nullable List<String> policyAreas,
    @Nullable List<String> technologies,
    @Nullable List<String> standards,
    @NotBlank @Nullable String kind,
    @Nullable String operatingModel,
    @Size(max = 200) @Nullable String licence,
    @Size(max = 1000) @Pattern(regexp = URL) @Nullable String repositoryUrl,
    @Size(max = 1000) @Pattern(regexp = URL) @Nullable String documentationUrl,
    @Size(max = 60) @Nullable String softwareVersion,
    @Nullable LocalDate releaseDate,
    @Min(0) @Max(4) @Nullable Integer maturity,
    @Nullable List<String> readiness,
    @Size(max = 200) @Nullable String hostingLocation,
    @NotBlank @Nullable String status,
    @Nullable List<Long> builtByProjectIds,
    @Nullable List<Long> usedByProjectIds,
    @Nullable Long version) {

  static final String URL = "^$|^https?://\\S+$";

  static SolutionForm empty(@Nullable Long labId) {
    return new SolutionForm(
        "",
        "",
        "",
        "",
        labId,
        null,
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "",
        List.of(),
        List.of(),
        List.of(),
        "online-service",
        "",
        "",
        "",
        "",
        "",
        null,
        null,
        List.of(),
        "",
        "available",
        List.of(),
        List.of(),
        null);
  }

  static SolutionForm of(SolutionCommand c) {
    return new SolutionForm(
        c.name(),
        c.shortDescription(),
        c.description(),
        c.contentLanguage(),
        c.providerLabId(),
        c.providerOrganisationId(),
        c.country(),
        c.region(),
        c.contactName(),
        c.contactEmail(),
        c.contactUrl(),
        c.serviceIds(),
        "",
        c.policyAreas(),
        c.technologies(),
        c.standards(),
        c.kind(),
        c.operatingModel(),
        c.licence(),
        c.repositoryUrl(),
        c.documentationUrl(),
        c.softwareVersion(),
        c.releaseDate(),
        c.maturity(),
        c.readiness(),
        c.hostingLocation(),
        c.status(),
        c.builtByProjectIds(),
        c.usedByProjectIds(),
        c.version());
  }

  /** The command, for a form that passed validation. */
  SolutionCommand command() {
    return new SolutionCommand(
        Objects.requireNonNull(name, "name is @NotBlank"),
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
        orEmpty(serviceIds),
        orEmpty(policyAreas),
        orEmpty(technologies),
        orEmpty(standards),
        Objects.requireNonNull(kind, "kind is @NotBlank"),
        operatingModel,
        licence,
        repositoryUrl,
        documentationUrl,
        softwareVersion,
        releaseDate,
        maturity,
        orEmpty(readiness),
        hostingLocation,
        Objects.requireNonNull(status, "status is @NotBlank"),
        orEmpty(builtByProjectIds),
        orEmpty(usedByProjectIds),
        version);
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
