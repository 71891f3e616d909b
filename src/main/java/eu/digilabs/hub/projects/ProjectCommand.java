package eu.digilabs.hub.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an editor may set on a project. Codes are taxonomy entries, ids refer to labs,
 * organisations and catalogue services; the service rejects unknown ones field by field. {@code
 * version} is the one an update starts from.
 */
public record ProjectCommand(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 500) String summary,
    @Size(max = 20000) String description,
    Long leadLabId,
    List<Long> partnerLabIds,
    List<Long> partnerOrganisationIds,
    @Size(max = 10) String country,
    @Size(max = 40) String level,
    List<String> policyAreas,
    List<Long> serviceIds,
    List<String> technologies,
    @Size(max = 40) String phase,
    @Size(max = 40) String status,
    LocalDate startDate,
    LocalDate goLiveDate,
    @Size(max = 10000) String outcomes,
    List<@Valid Figure> figures,
    @Size(max = 10000) String lessonsWorked,
    @Size(max = 10000) String lessonsFailed,
    @Size(max = 10000) String lessonsDifferently,
    List<String> stakeholders,
    List<String> disciplines,
    Boolean reusable,
    @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String reuseUrl,
    @Size(max = 100) String reuseLicence,
    List<@Valid Link> links,
    @Size(max = 10) String contentLanguage,
    Long version) {

  /** A measured outcome, such as processing time -40 %. */
  public record Figure(
      @NotBlank @Size(max = 200) String label,
      @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
      @Size(max = 40) String unit) {}

  /** A link with an optional label. */
  public record Link(
      @Size(max = 200) String label,
      @NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$") String url) {}

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

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }
}
