package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.shared.HubProperties;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Calendars}: RFC 5545 output through ical4j's model, what clients need to apply changes
 * (UID, SEQUENCE, LAST-MODIFIED, STATUS), line folding, text escaping and time zones.
 */
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
        cancelled,
        4,
        Instant.parse("2030-04-01T12:30:15.5Z"));
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
        .contains("\r\nSEQUENCE:4\r\n")
        .contains("\r\nLAST-MODIFIED:20300401T123015Z\r\n")
        .containsPattern("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n");
  }

  @Test
  void aLoneCarriageReturnCannotStartAProperty() {
    String ics =
        calendars.write(
            "Lab day",
            List.of(item("Talk\rURL:https://evil.example", ZoneId.of("Europe/Berlin"), false)));
    assertThat(ics).doesNotContain("\rURL:").contains("Talk\\nURL:https://evil.example");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r");
  }

  @Test
  void whatIsWrittenParsesBackWithIcal4j() throws Exception {
    String ics =
        calendars.write(
            "Lab day, spring", List.of(item("Ö".repeat(60), ZoneId.of("Europe/Berlin"), true)));

    net.fortuna.ical4j.model.Calendar parsed =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    net.fortuna.ical4j.model.component.VEvent entry =
        parsed.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
    assertThat(entry.getSummary().getValue()).isEqualTo("Ö".repeat(60));
    assertThat(entry.getSequence().getSequenceNo()).isEqualTo(4);
    assertThat(entry.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(entry.getDescription().getValue()).isEqualTo("Slides; notes, and more\nSecond line");
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
  void textEscapesSemicolonCommaAndLineBreaks() {
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
