package eu.digilabs.hub.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a page shows an event's times: in the event's zone, with the viewer's own time noted when
 * their zone (reported by their browser) is at a different offset at that moment.
 */
public record EventClock(ZoneId zone, @Nullable ZoneId viewer, Locale locale) {

  /** The viewer's zone from the {@code hub_tz} cookie, if it names a valid zone. */
  public static @Nullable ZoneId viewerZone(@Nullable String cookie) {
    return cookie == null ? null : EventTimes.zone(cookie);
  }

  public String day(Instant instant) {
    return EventTimes.day(instant, zone, locale);
  }

  public String time(Instant instant) {
    return EventTimes.time(instant, zone, locale);
  }

  public String dateTime(Instant instant) {
    return EventTimes.dateTime(instant, zone, locale);
  }

  /** {@code CET}, {@code EEST}: the zone's name at that instant. */
  public String zoneName(Instant instant) {
    return EventTimes.zoneName(instant, zone, locale);
  }

  /** Whether the viewer's clock shows another time than the event's at that instant. */
  public boolean differs(Instant instant) {
    return viewer != null
        && !viewer.getRules().getOffset(instant).equals(zone.getRules().getOffset(instant));
  }

  public String viewerTime(Instant instant) {
    return viewer == null ? "" : EventTimes.time(instant, viewer, locale);
  }

  public String viewerDateTime(Instant instant) {
    return viewer == null ? "" : EventTimes.dateTime(instant, viewer, locale);
  }

  public String viewerZoneId() {
    return viewer == null ? "" : viewer.getId();
  }

  /** {@code datetime} attribute value: the instant in ISO form with the event's offset. */
  public String iso(Instant instant) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
