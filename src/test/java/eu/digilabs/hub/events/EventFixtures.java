package eu.digilabs.hub.events;

import java.time.LocalDateTime;
import java.util.List;

/** Events and sessions with only what a test cares about set. */
public final class EventFixtures {

  private EventFixtures() {}

  /** A published-ready hybrid event in Lübeck's zone with the given on-site seats. */
  public static EventCommand hybrid(
      String title, long lab, LocalDateTime start, LocalDateTime end, Integer seats) {
    return new EventCommand(
        title,
        "A test event.",
        "workshop",
        "hybrid",
        "Test venue",
        "Teststraße 1, 23562 Lübeck",
        "Europe/Berlin",
        start,
        end,
        List.of(lab),
        List.of("de", "en"),
        seats,
        null,
        null,
        null,
        false,
        "https://stream.example.org/secret-room-42",
        null);
  }

  public static SessionCommand session(
      String title, LocalDateTime start, LocalDateTime end, String room, List<Long> speakers) {
    return new SessionCommand(
        title, "talk", start, end, room, "About " + title, "en", speakers, List.of(), null);
  }
}
