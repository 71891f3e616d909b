package eu.digilabs.hub.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.events.RegistrationView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RegistrationsCsv}: the organisers' export of an event's registrations. */
class RegistrationsCsvTests {

  private static final Instant REGISTERED = Instant.parse("2030-05-01T10:00:00Z");

  private static RegistrationView registration(
      String name, String state, int position, Instant attended) {
    return new RegistrationView(
        1L,
        2L,
        3L,
        name,
        "ada@example.org",
        "on-site",
        state,
        "en",
        position,
        REGISTERED,
        attended);
  }

  private static String text(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8);
  }

  @Test
  void theHeaderNamesEveryColumnAfterAByteOrderMark() {
    assertThat(text(RegistrationsCsv.write(List.of())))
        .isEqualTo(
            "\uFEFFname,email,attendance,state,waiting_position,registered_at,attended_at\r\n");
  }

  @Test
  void aConfirmedAndCheckedInRegistrationHasNoPlaceInLine() {
    Instant attended = Instant.parse("2030-05-06T08:55:00Z");

    assertThat(text(RegistrationsCsv.write(List.of(registration("Ada", "confirmed", 0, attended)))))
        .endsWith(
            "Ada,ada@example.org,on-site,confirmed,,2030-05-01T10:00:00Z,2030-05-06T08:55:00Z\r\n");
  }

  @Test
  void aWaitingRegistrationShowsItsPlaceAndNoCheckIn() {
    assertThat(text(RegistrationsCsv.write(List.of(registration("Bo", "waitlisted", 2, null)))))
        .endsWith("Bo,ada@example.org,on-site,waitlisted,2,2030-05-01T10:00:00Z,\r\n");
  }

  @Test
  void namesThatLookLikeFormulasAreMadeInertAndCommasQuoted() {
    assertThat(
            text(
                RegistrationsCsv.write(
                    List.of(registration("=HYPERLINK(\"x\")", "confirmed", 0, null)))))
        .contains("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(
            text(
                RegistrationsCsv.write(
                    List.of(registration("Lovelace, Ada", "confirmed", 0, null)))))
        .contains("\"Lovelace, Ada\"");
  }

  @Test
  void theFileIsNamedForTheEvent() {
    assertThat(RegistrationsCsv.fileName(42)).isEqualTo("event-42-registrations.csv");
  }
}
