package eu.digilabs.hub.demo;

import eu.digilabs.hub.reuse.SolutionCommand;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A demo solution as {@code demo/solutions.json} describes it: its provider lab by key, the
 * projects that built it by title, its public services by OZG key, and example uptakes.
 */
record SolutionEntry(
    String name,
    String shortDescription,
    String description,
    String provider,
    String country,
    @Nullable String region,
    List<String> ozgServices,
    List<String> policyAreas,
    String kind,
    @Nullable String operatingModel,
    String status,
    @Nullable String licence,
    @Nullable String documentationUrl,
    List<String> readiness,
    List<String> builtBy,
    String language,
    List<UptakeEntry> uptakes) {

  /**
   * An example uptake by a lab or an organisation (by key), moved through the stages given; {@code
   * since} is the day the last one took effect; {@code publicFrom} is the stage from which the
   * reuser makes it public ({@code never}; left out: the default, live).
   */
  record UptakeEntry(
      @Nullable String lab,
      @Nullable String organisation,
      @Nullable String region,
      List<String> stages,
      @Nullable LocalDate since,
      @Nullable String note,
      @Nullable String publicFrom) {}

  /** The command the provider's editor would send. */
  SolutionCommand command(DemoKeys keys, List<Long> serviceIds) {
    return new SolutionCommand(
        name,
        shortDescription,
        description,
        language,
        keys.lab(provider),
        null,
        country,
        region,
        null,
        null,
        null,
        serviceIds,
        policyAreas,
        List.of(),
        List.of(),
        kind,
        operatingModel,
        licence,
        null,
        documentationUrl,
        null,
        null,
        null,
        readiness,
        null,
        status,
        keys.projects(builtBy),
        List.of(),
        null);
  }
}
