package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which fields an edit changed, as the change history records them. */
class ProjectChangeDetectionTests {

  private static ProjectCommand command(
      String title,
      String summary,
      List<String> technologies,
      List<ProjectCommand.Figure> figures,
      List<ProjectCommand.Link> links,
      boolean reusable) {
    return new ProjectCommand(
        title,
        summary,
        "What we did.",
        7L,
        List.of(),
        List.of(),
        "DE",
        "municipal",
        List.of("health"),
        List.of(),
        technologies,
        "pilot",
        "running",
        LocalDate.of(2025, 3, 1),
        null,
        null,
        figures,
        null,
        null,
        null,
        List.of(),
        List.of(),
        reusable,
        null,
        null,
        links,
        "de",
        null);
  }

  private static ProjectCommand base() {
    return command(
        "Digital forms",
        "Forms online.",
        List.of("ai"),
        List.of(new ProjectCommand.Figure("Processing time", new BigDecimal("-40"), "%")),
        List.of(new ProjectCommand.Link("Code", "https://example.org/code")),
        false);
  }

  @Test
  void anEditThatChangesNothingNamesNoField() {
    Project project = new Project(base(), 1L);

    assertThat(project.apply(base())).isEmpty();
  }

  @Test
  void theChangedFieldsAreNamedInFieldOrder() {
    Project project = new Project(base(), 1L);
    ProjectCommand changed =
        command(
            "Digital forms for all",
            "Forms online.",
            List.of("ai", "cloud"),
            List.of(new ProjectCommand.Figure("Processing time", new BigDecimal("-50"), "%")),
            List.of(new ProjectCommand.Link("Code", "https://example.org/code")),
            true);

    assertThat(project.apply(changed))
        .containsExactly("title", "reusable", "technologies", "figures");
  }

  @Test
  void valuesAreComparedAsStoredSoBlanksAndTrailingZerosAreNoChange() {
    Project project = new Project(base(), 1L);
    ProjectCommand same =
        command(
            "  Digital forms  ",
            "  Forms online.  ",
            List.of("ai", " "),
            List.of(new ProjectCommand.Figure(" Processing time ", new BigDecimal("-40.00"), "%")),
            List.of(new ProjectCommand.Link(" Code ", " https://example.org/code ")),
            false);

    assertThat(project.apply(same)).isEmpty();
  }

  @Test
  void aBlankTextIsNoValueAndRemovingOneIsAChange() {
    Project project = new Project(base(), 1L);

    assertThat(
            project.apply(
                command(
                    "Digital forms",
                    "   ",
                    List.of("ai"),
                    base().figures(),
                    base().links(),
                    false)))
        .containsExactly("summary");
    assertThat(project.summary()).isNull();
  }

  @Test
  void anImportedSourceIsOneFieldThatChangesOnlyWhenAnyPartDoes() {
    Project project = new Project(base(), null);

    assertThat(project.source("IPSO", null, "42", null, Map.of("sector", "Health")))
        .containsExactly("source");
    assertThat(project.source("IPSO", null, "42", null, Map.of("sector", "Health"))).isEmpty();
    assertThat(project.source("IPSO", null, "42", null, Map.of("sector", "Education")))
        .containsExactly("source");
    assertThat(project.sourceKey()).isEqualTo("42");
  }
}
