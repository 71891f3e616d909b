package eu.digilabs.hub.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything an editor may set on a project. Codes are taxonomy entries, ids refer to labs,
 * organisations and catalogue services; the service rejects unknown ones field by field. {@code
 * version} is the one an update starts from. Lists left out (null) are empty, {@code reusable} left
 * out is false.
 */
public record ProjectCommand(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 500) @Nullable String summary,
    @Size(max = 20000) @Nullable String description,
    @Nullable Long leadLabId,
    List<Long> partnerLabIds,
    List<Long> partnerOrganisationIds,
    @Size(max = 10) @Nullable String country,
    @Size(max = 40) @Nullable String level,
    List<String> policyAreas,
    List<Long> serviceIds,
    List<String> technologies,
    @Size(max = 40) @Nullable String phase,
    @Size(max = 40) @Nullable String status,
    @Nullable LocalDate startDate,
    @Nullable LocalDate goLiveDate,
    @Size(max = 10000) @Nullable String outcomes,
    List<@Valid Figure> figures,
    @Size(max = 10000) @Nullable String lessonsWorked,
    @Size(max = 10000) @Nullable String lessonsFailed,
    @Size(max = 10000) @Nullable String lessonsDifferently,
    List<String> stakeholders,
    List<String> disciplines,
    Boolean reusable,
    @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") @Nullable String reuseUrl,
    @Size(max = 100) @Nullable String reuseLicence,
    List<@Valid Link> links,
    @Size(max = 10) @Nullable String contentLanguage,
    @Nullable Long version) {

  /** A measured outcome, such as processing time -40 %. */
  public record Figure(
      @NotBlank @Size(max = 200) String label,
      @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
      @Size(max = 40) @Nullable String unit) {}

  /** A link with an optional label. */
  public record Link(
      @Size(max = 200) @Nullable String label,
      @NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$") String url) {}

  /** The same command with more services, added to those it names already. */
  public ProjectCommand withServices(Collection<Long> more) {
    Set<Long> services = new LinkedHashSet<>(serviceIds);
    services.addAll(more);
    return new ProjectCommand(
        title(),
        summary(),
        description(),
        leadLabId(),
        partnerLabIds(),
        partnerOrganisationIds(),
        country(),
        level(),
        policyAreas(),
        List.copyOf(services),
        technologies(),
        phase(),
        status(),
        startDate(),
        goLiveDate(),
        outcomes(),
        figures(),
        lessonsWorked(),
        lessonsFailed(),
        lessonsDifferently(),
        stakeholders(),
        disciplines(),
        reusable(),
        reuseUrl(),
        reuseLicence(),
        links(),
        contentLanguage(),
        version());
  }

  public ProjectCommand {
    reusable = Boolean.TRUE.equals(reusable);
    partnerLabIds = copy(partnerLabIds);
    partnerOrganisationIds = copy(partnerOrganisationIds);
    policyAreas = copy(policyAreas);
    serviceIds = copy(serviceIds);
    technologies = copy(technologies);
    figures = copy(figures);
    stakeholders = copy(stakeholders);
    disciplines = copy(disciplines);
    links = copy(links);
  }

  /** The list without nulls; a list left out of a request body arrives as null. */
  private static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
