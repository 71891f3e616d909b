package eu.digilabs.hub.reuse;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a provider's editor may set on a solution. Codes are taxonomy entries or the codes of
 * {@link SolutionKind}, {@link OperatingModel}, {@link SolutionStatus} and {@link ReadinessItem};
 * ids refer to labs, organisations, catalogue services and projects. {@link SolutionCheck} rejects
 * unknown ones field by field. {@code version} is the one an update starts from. Lists left out
 * (null) are empty.
 */
public record SolutionCommand(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 500) @Nullable String shortDescription,
    @Size(max = 20000) @Nullable String description,
    @Size(max = 10) @Nullable String contentLanguage,
    @Nullable Long providerLabId,
    @Nullable Long providerOrganisationId,
    @Size(max = 10) @Nullable String country,
    @Size(max = 10) @Nullable String region,
    @Size(max = 200) @Nullable String contactName,
    @Size(max = 254) @Email @Nullable String contactEmail,
    @Size(max = 1000) @Pattern(regexp = URL) @Nullable String contactUrl,
    List<Long> serviceIds,
    List<String> policyAreas,
    List<String> technologies,
    List<String> standards,
    @NotBlank @Size(max = 30) String kind,
    @Size(max = 30) @Nullable String operatingModel,
    @Size(max = 200) @Nullable String licence,
    @Size(max = 1000) @Pattern(regexp = URL) @Nullable String repositoryUrl,
    @Size(max = 1000) @Pattern(regexp = URL) @Nullable String documentationUrl,
    @Size(max = 60) @Nullable String softwareVersion,
    @Nullable LocalDate releaseDate,
    @Min(0) @Max(4) @Nullable Integer maturity,
    List<String> readiness,
    @Size(max = 200) @Nullable String hostingLocation,
    @NotBlank @Size(max = 30) String status,
    List<Long> builtByProjectIds,
    List<Long> usedByProjectIds,
    @Nullable Long version) {

  /** An empty value or an http(s) address. */
  static final String URL = "^$|^https?://\\S+$";

  public SolutionCommand {
    serviceIds = copy(serviceIds);
    policyAreas = copy(policyAreas);
    technologies = copy(technologies);
    standards = copy(standards);
    readiness = copy(readiness);
    builtByProjectIds = copy(builtByProjectIds);
    usedByProjectIds = copy(usedByProjectIds);
  }

  /** The same command with more services, added to those it names already. */
  public SolutionCommand withServices(Collection<Long> more) {
    Set<Long> services = new LinkedHashSet<>(serviceIds);
    services.addAll(more);
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
        List.copyOf(services),
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
        builtByProjectIds,
        usedByProjectIds,
        version);
  }

  /**
   * The names of the components whose values differ from the earlier command, in declaration order,
   * the version left out; lists compare as sets (the order of chosen codes is no change).
   */
  public List<String> changedSince(SolutionCommand before) {
    List<String> changed = new ArrayList<>();
    for (RecordComponent component : SolutionCommand.class.getRecordComponents()) {
      if (component.getName().equals("version")) {
        continue;
      }
      try {
        Object was = component.getAccessor().invoke(before);
        Object is = component.getAccessor().invoke(this);
        if (!Objects.equals(comparable(was), comparable(is))) {
          changed.add(component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
    return changed;
  }

  private static @Nullable Object comparable(@Nullable Object value) {
    return value instanceof List<?> list ? Set.copyOf(list) : value;
  }

  /** The list without nulls and repeats; a list left out of a request body arrives as null. */
  private static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).distinct().toList();
  }
}
