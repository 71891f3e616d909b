package eu.digilabs.hub.labs;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Everything a lab editor may set on a lab; {@code version} is the one an update starts from. Codes
 * ({@code country}, {@code level}, policy areas, methods, languages) are entries of the taxonomy;
 * the service rejects unknown ones.
 */
public record LabCommand(
    @NotBlank @Size(max = 300) String name,
    @Size(max = 60) String shortName,
    @Size(max = 20000) String description,
    @NotBlank @Size(max = 10) String country,
    @Size(max = 200) String region,
    @Size(max = 40) String level,
    Long hostOrganisationId,
    @Min(1900) @Max(2100) Integer foundedYear,
    @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String website,
    @Email @Size(max = 254) String contactEmail,
    List<String> policyAreas,
    List<String> methods,
    List<String> languages,
    @Pattern(regexp = "^(active|inactive)?$") String status,
    Long version) {

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
