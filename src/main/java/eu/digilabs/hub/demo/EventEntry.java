package eu.digilabs.hub.demo;

import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SpeakerCommand;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A demo event ({@code demo/events.json}) with its speakers (by key) and programme; times as {@link
 * DemoTimes} reads them.
 */
record EventEntry(
    String title,
    String description,
    String type,
    String mode,
    String venueName,
    String venueAddress,
    String timeZone,
    String start,
    String end,
    List<String> labs,
    List<String> languages,
    int seats,
    String streamUrl,
    List<Speaker> speakers,
    List<Session> sessions) {

  /** A speaker; {@code key} names them in the sessions. */
  record Speaker(String key, String name, String role, String organisation, @Nullable String bio) {

    SpeakerCommand command() {
      return new SpeakerCommand(name, role, organisation, bio, null, null);
    }
  }

  /** A programme entry; speakers by key, in the room or joining remotely. */
  record Session(
      String title,
      String kind,
      String start,
      String end,
      @Nullable String room,
      @Nullable String language,
      List<String> inTheRoom,
      List<String> remote,
      @Nullable String summary) {

    SessionCommand command(DemoTimes times, Map<String, Long> speakerIds) {
      return new SessionCommand(
          title,
          kind,
          times.at(start),
          times.at(end),
          room,
          summary,
          language,
          ids(inTheRoom, speakerIds),
          ids(remote, speakerIds),
          null);
    }

    private static List<Long> ids(List<String> keys, Map<String, Long> speakerIds) {
      return keys.stream()
          .map(
              key -> {
                Long id = speakerIds.get(key);
                if (id == null) {
                  throw new IllegalArgumentException("The demo data names no speaker " + key);
                }
                return id;
              })
          .toList();
    }
  }

  DemoTimes times(LocalDate today) {
    return DemoTimes.of(today, start);
  }

  EventCommand command(DemoKeys keys, DemoTimes times) {
    return new EventCommand(
        title,
        description,
        type,
        mode,
        venueName,
        venueAddress,
        timeZone,
        times.start(),
        times.at(end),
        keys.labs(labs),
        languages,
        seats,
        null,
        null,
        null,
        false,
        streamUrl,
        null);
  }
}
