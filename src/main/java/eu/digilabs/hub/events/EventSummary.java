package eu.digilabs.hub.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An event in a list. */
public record EventSummary(
    long id,
    String title,
    String type,
    String mode,
    String status,
    @Nullable String venueName,
    String timeZone,
    Instant startsAt,
    Instant endsAt) {

  static EventSummary of(Event e, Instant now) {
    return new EventSummary(
        e.id(),
        e.title(),
        e.type().code(),
        e.mode().code(),
        EventView.status(e, now),
        e.venueName(),
        e.timeZone(),
        e.startsAt(),
        e.endsAt());
  }

  @JsonIgnore
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
