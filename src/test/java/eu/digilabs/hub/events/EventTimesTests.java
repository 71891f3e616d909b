package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link EventTimes}: wall-clock times in an event's zone, also across clock changes. */
class EventTimesTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void aWallClockTimeIsTheInstantInTheZone() {
    assertThat(EventTimes.instant(LocalDateTime.of(2030, 1, 15, 10, 0), BERLIN))
        .isEqualTo(Instant.parse("2030-01-15T09:00:00Z"));
    assertThat(EventTimes.instant(LocalDateTime.of(2030, 7, 15, 10, 0), BERLIN))
        .isEqualTo(Instant.parse("2030-07-15T08:00:00Z"));
  }

  @Test
  void theHourSkippedInSpringIsAGap() {
    // 31 March 2030: clocks in Berlin go from 02:00 to 03:00.
    assertThat(EventTimes.inGap(LocalDateTime.of(2030, 3, 31, 2, 30), BERLIN)).isTrue();
    assertThat(EventTimes.inGap(LocalDateTime.of(2030, 3, 31, 3, 0), BERLIN)).isFalse();
    assertThat(EventTimes.inGap(LocalDateTime.of(2030, 3, 31, 1, 59), BERLIN)).isFalse();
  }

  @Test
  void inTheHourRepeatedInAutumnTheFirstIsMeant() {
    // 27 October 2030: clocks in Berlin go back from 03:00 to 02:00.
    LocalDateTime twice = LocalDateTime.of(2030, 10, 27, 2, 30);

    assertThat(EventTimes.inGap(twice, BERLIN)).isFalse();
    assertThat(EventTimes.instant(twice, BERLIN)).isEqualTo(Instant.parse("2030-10-27T00:30:00Z"));
  }

  @Test
  void anInstantIsShownAsTheWallClockTimeOfTheZone() {
    Instant instant = Instant.parse("2030-12-31T23:30:00Z");

    assertThat(EventTimes.local(instant, BERLIN)).isEqualTo(LocalDateTime.of(2031, 1, 1, 0, 30));
    assertThat(EventTimes.month(instant, BERLIN)).isEqualTo("2031-01");
    assertThat(EventTimes.month(instant, ZoneId.of("UTC"))).isEqualTo("2030-12");
  }

  @Test
  void onlyRegionZonesAndUtcAreAccepted() {
    assertThat(EventTimes.zone("Europe/Tallinn")).isEqualTo(ZoneId.of("Europe/Tallinn"));
    assertThat(EventTimes.zone(" Europe/Lisbon ")).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(EventTimes.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
    assertThat(EventTimes.zone("Europe/Atlantis")).isNull();
    assertThat(EventTimes.zone("+02:00")).isNull();
    assertThat(EventTimes.zone("")).isNull();
    assertThat(EventTimes.zone(null)).isNull();
  }

  @Test
  void timesAreWrittenInThePagesLanguage() {
    Instant instant = Instant.parse("2030-11-14T09:00:00Z");

    assertThat(EventTimes.time(instant, BERLIN, Locale.GERMAN)).isEqualTo("10:00");
    assertThat(EventTimes.day(instant, BERLIN, Locale.GERMAN))
        .isEqualTo("Donnerstag, 14. November 2030");
    assertThat(EventTimes.day(instant, BERLIN, Locale.ENGLISH))
        .contains("Thursday", "November", "14", "2030");
    assertThat(EventTimes.zoneName(instant, BERLIN, Locale.ENGLISH)).isEqualTo("CET");
  }
}
