package eu.digilabs.hub.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab aggregate: its values from a command, archiving and its last activity. */
class LabTests {

  private static LabCommand command(String status) {
    return new LabCommand(
        "  Lab Nord  ",
        " ",
        "We try things.",
        "DE",
        null,
        "municipal",
        null,
        2020,
        "",
        null,
        List.of("health", " "),
        null,
        List.of("de"),
        status,
        null);
  }

  @Test
  void blankTextsAreNoValueAndAStatusLeftOutIsActive() {
    Lab lab = new Lab(command(null));

    assertThat(lab.name()).isEqualTo("Lab Nord");
    assertThat(lab.shortName()).isNull();
    assertThat(lab.website()).isNull();
    assertThat(lab.status()).isEqualTo("active");
    assertThat(lab.policyAreas()).containsExactly("health");
    assertThat(lab.methods()).isEmpty();
  }

  @Test
  void archivingMakesTheLabInactiveAndCountsAsActivity() {
    Lab lab = new Lab(command("active"));
    Instant before = lab.lastActivity();

    lab.archive();

    assertThat(lab.status()).isEqualTo("inactive");
    assertThat(lab.lastActivity()).isAfterOrEqualTo(before);
  }
}
