package eu.digilabs.hub.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Wall-clock times in an event's zone and the instants they are stored as. A time that does not
 * exist on that day (the hour skipped when clocks go forward) is refused instead of moved; in the
 * hour that repeats when clocks go back, the first of the two is meant.
 */
public final class EventTimes {

  private EventTimes() {}

  /**
   * The instant of a wall-clock time in the zone (the earlier one in a repeated hour). Callers
   * check {@link #inGap} first.
   */
  static Instant instant(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  /** Whether the wall-clock time falls into the hour skipped when clocks go forward. */
  static boolean inGap(LocalDateTime local, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    return transition != null && transition.isGap();
  }

  static LocalDateTime local(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDateTime();
  }

  static String month(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate().toString().substring(0, 7);
  }

  /** A valid zone id, or null. */
  static @Nullable ZoneId zone(@Nullable String id) {
    if (id == null || id.isBlank() || !id.contains("/")) {
      return "UTC".equals(id) ? ZoneId.of("UTC") : null;
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code Sunday, 14 November 2021}, in the page's language. */
  public static String day(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
        .withLocale(locale)
        .format(instant.atZone(zone));
  }

  /** {@code 10:00}, in the page's language. */
  public static String time(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(locale)
        .format(instant.atZone(zone));
  }

  /** {@code 14 Nov 2021, 10:00}, in the page's language. */
  public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(instant.atZone(zone));
  }

  /** The zone's short name at that instant ({@code CET}, {@code EEST}). */
  public static String zoneName(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone));
  }
}
