package eu.digilabs.hub.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a person's next digest is due: at a morning hour in their own time zone, daily or on
 * Mondays. A morning hour a clock change skips moves forward with the clock; one it repeats counts
 * once, because the next time is always strictly after the last.
 */
final class DigestSchedule {

  /** How often a person wants a digest. */
  enum Frequency {
    DAILY,
    WEEKLY,
    NEVER;

    static Optional<Frequency> parse(@Nullable String text) {
      if (text == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  static final LocalTime MORNING = LocalTime.of(7, 0);
  static final DayOfWeek WEEKDAY = DayOfWeek.MONDAY;

  private DigestSchedule() {}

  /** The first digest time strictly after the instant; none for {@link Frequency#NEVER}. */
  static @Nullable Instant next(Frequency frequency, ZoneId zone, Instant after) {
    if (frequency == Frequency.NEVER) {
      return null;
    }
    LocalDate day = after.atZone(zone).toLocalDate();
    if (frequency == Frequency.WEEKLY) {
      day = day.with(TemporalAdjusters.nextOrSame(WEEKDAY));
    }
    Instant at = ZonedDateTime.of(day, MORNING, zone).toInstant();
    while (!at.isAfter(after)) {
      day = day.plusDays(frequency == Frequency.WEEKLY ? 7 : 1);
      at = ZonedDateTime.of(day, MORNING, zone).toInstant();
    }
    return at;
  }
}
