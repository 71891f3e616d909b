package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.notifications.DigestSchedule.Frequency;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DigestScheduleTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void dailyDigestsComeAtSevenInTheMorningLocalTimeAcrossTheClockChanges() {
    Instant evening = ZonedDateTime.of(2026, 10, 24, 20, 0, 0, 0, BERLIN).toInstant();
    Instant next = DigestSchedule.next(Frequency.DAILY, BERLIN, evening);
    assertThat(next).isEqualTo(ZonedDateTime.of(2026, 10, 25, 7, 0, 0, 0, BERLIN).toInstant());
    assertThat(next.atZone(BERLIN).getHour()).isEqualTo(7);
    Instant spring = ZonedDateTime.of(2027, 3, 27, 8, 0, 0, 0, BERLIN).toInstant();
    assertThat(
            DigestSchedule.next(Frequency.DAILY, BERLIN, spring).atZone(BERLIN).toLocalDateTime())
        .hasToString("2027-03-28T07:00");
  }

  @Test
  void theNextDigestIsAlwaysStrictlyLaterSoAPeriodIsNeverSentTwice() {
    Instant seven = ZonedDateTime.of(2026, 11, 30, 7, 0, 0, 0, BERLIN).toInstant();
    assertThat(DigestSchedule.next(Frequency.DAILY, BERLIN, seven))
        .isEqualTo(seven.plusSeconds(24 * 3600));
    assertThat(DigestSchedule.next(Frequency.WEEKLY, BERLIN, seven))
        .isEqualTo(seven.plusSeconds(7 * 24 * 3600));
  }

  @Test
  void weeklyDigestsComeOnMondayMorningInTheirOwnZone() {
    ZoneId newfoundland = ZoneId.of("America/St_Johns");
    Instant wednesday = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, newfoundland).toInstant();
    ZonedDateTime next =
        DigestSchedule.next(Frequency.WEEKLY, newfoundland, wednesday).atZone(newfoundland);
    assertThat(next.toLocalDateTime()).hasToString("2026-12-07T07:00");
    assertThat(next.getOffset().getTotalSeconds()).isEqualTo(-(3 * 3600 + 1800));
  }

  @Test
  void neverMeansNoDigestAndUnknownChoicesAreRefused() {
    assertThat(DigestSchedule.next(Frequency.NEVER, BERLIN, Instant.now())).isNull();
    assertThat(Frequency.parse("weekly")).contains(Frequency.WEEKLY);
    assertThat(Frequency.parse("hourly")).isEmpty();
    assertThat(Frequency.parse(null)).isEmpty();
  }
}
