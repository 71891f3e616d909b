package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.shared.HubProperties;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Calendars}: RFC 5545 output, line folding, text escaping and time zones. */
class CalendarsTests {

  private final Calendars calendars =
      new Calendars(new HubProperties("./data", "https://hub.example.org"));

  private static Calendars.Item item(String title, ZoneId zone, boolean cancelled) {
    return new Calendars.Item(
        "session-1@hub.example.org",
        title,
        "Slides; notes, and more\nSecond line",
        Instant.parse("2030-05-06T08:00:00Z"),
        Instant.parse("2030-05-06T09:00:00Z"),
        zone,
        "https://hub.example.org/sessions/1",
        "Room A, Lübeck",
        cancelled);
  }

  @Test
  void aCalendarHasTheRequiredPropertiesAndCrlfLines() {
    String ics =
        calendars.write("Lab day", List.of(item("Opening", ZoneId.of("Europe/Berlin"), false)));

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(ics)
        .contains("\r\nUID:session-1@hub.example.org\r\n")
        .contains("\r\nSUMMARY:Opening\r\n")
        .contains("\r\nURL:https://hub.example.org/sessions/1\r\n")
        .contains("\r\nSTATUS:CONFIRMED\r\n")
        .containsPattern("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n");
  }

  @Test
  void timesAreWrittenInTheEventsZoneWithItsDefinition() {
    String ics =
        calendars.write("Lab day", List.of(item("Opening", ZoneId.of("Europe/Berlin"), false)));

    assertThat(ics)
        .contains("BEGIN:VTIMEZONE\r\n")
        .contains("TZID:Europe/Berlin\r\n")
        .contains("\r\nDTSTART;TZID=Europe/Berlin:20300506T100000\r\n")
        .contains("\r\nDTEND;TZID=Europe/Berlin:20300506T110000\r\n");
  }

  @Test
  void aCancelledEntrySaysSo() {
    String ics = calendars.write("Lab day", List.of(item("Opening", ZoneId.of("UTC"), true)));

    assertThat(ics).contains("\r\nSTATUS:CANCELLED\r\n");
  }

  @Test
  void textEscapesBackslashSemicolonCommaAndLineBreaks() {
    assertThat(Calendars.text("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    String ics = calendars.write("Lab day", List.of(item("Opening", ZoneId.of("UTC"), false)));
    assertThat(ics).contains("DESCRIPTION:Slides\\; notes\\, and more\\nSecond line\r\n");
    assertThat(ics).contains("LOCATION:Room A\\, Lübeck\r\n");
  }

  @Test
  void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
    StringBuilder out = new StringBuilder();
    String content = "SUMMARY:" + "Ü".repeat(100);

    Calendars.line(out, content);

    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(Arrays.stream(lines).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length))
        .allMatch(octets -> octets <= 75);
    assertThat(Arrays.stream(lines).skip(1)).allMatch(l -> l.startsWith(" "));
    String unfolded = out.toString().replace("\r\n ", "");
    assertThat(unfolded).isEqualTo(content + "\r\n");
  }

  @Test
  void aShortLineIsNotFolded() {
    StringBuilder out = new StringBuilder();

    Calendars.line(out, "A".repeat(75));

    assertThat(out.toString()).isEqualTo("A".repeat(75) + "\r\n");
  }
}
