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
    return new ProjectCommand(
        title,
        null,
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
        null,
        null);
  }

  /** The project with the given text, in the given language. */
  public static ProjectCommand withText(
      ProjectCommand c, String summary, String description, String language) {
    return new ProjectCommand(
        c.title(),
        summary,
        description,
        c.leadLabId(),
        c.partnerLabIds(),
        c.partnerOrganisationIds(),
        c.country(),
        c.level(),
        c.policyAreas(),
        c.serviceIds(),
        c.technologies(),
        c.phase(),
        c.status(),
        c.startDate(),
        c.goLiveDate(),
        c.outcomes(),
        c.figures(),
        c.lessonsWorked(),
        c.lessonsFailed(),
        c.lessonsDifferently(),
        c.stakeholders(),
        c.disciplines(),
        c.reusable(),
        c.reuseUrl(),
        c.reuseLicence(),
        c.links(),
        language,
        c.version());
  }
}
