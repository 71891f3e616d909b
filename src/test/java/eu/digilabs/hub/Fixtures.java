package eu.digilabs.hub;

import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.projects.ProjectCommand;
import java.util.List;

/** Commands for labs and projects with only what a test cares about set. */
public final class Fixtures {

  private Fixtures() {}

  public static LabCommand lab(String name) {
    return new LabCommand(
        name,
        null,
        null,
        "DE",
        null,
        "municipal",
        null,
        null,
        null,
        null,
        List.of("ozg-03"),
        List.of("agile"),
        List.of("de"),
        "active",
        null);
  }

  public static ProjectCommand project(String title, Long leadLab, List<Long> partnerLabs) {
    return project(title, null, null, leadLab, partnerLabs);
  }

  /** A project with a summary in the given language. */
  public static ProjectCommand project(
      String title, String summary, String language, Long leadLab, List<Long> partnerLabs) {
    return new ProjectCommand(
        title,
        summary,
        null,
        leadLab,
        partnerLabs,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        language,
        null);
  }
}
