package eu.digilabs.hub.labs;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a lab editor may set on a lab; {@code version} is the one an update starts from. Codes
 * ({@code country}, {@code level}, policy areas, methods, languages) are entries of the taxonomy;
 * the service rejects unknown ones.
 */
public record LabCommand(
    @NotBlank @Size(max = 300) String name,
    @Size(max = 60) @Nullable String shortName,
    @Size(max = 20000) @Nullable String description,
    @NotBlank @Size(max = 10) String country,
    @Size(max = 200) @Nullable String region,
    @Size(max = 40) @Nullable String level,
    @Nullable Long hostOrganisationId,
    @Min(1900) @Max(2100) @Nullable Integer foundedYear,
    @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") @Nullable String website,
    @Email @Size(max = 254) @Nullable String contactEmail,
    List<String> policyAreas,
    List<String> methods,
    List<String> languages,
    @Pattern(regexp = "^(active|inactive)?$") @Nullable String status,
    @Nullable Long version) {

  /** Lists left out (null) are empty. */
  public LabCommand {
    policyAreas = policyAreas == null ? List.of() : List.copyOf(policyAreas);
    methods = methods == null ? List.of() : List.copyOf(methods);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  public static LabCommand empty() {
    return new LabCommand(
        "", "", "", "", "", "", null, null, "", "", List.of(), List.of(), List.of(), "active",
        null);
  }
}
