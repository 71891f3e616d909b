package eu.digilabs.hub.events;

import static eu.digilabs.hub.shared.text.Values.cut;
import static java.util.Objects.requireNonNull;

import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The programme's rules for a session: a known kind, times that exist in the event's zone and lie
 * within the event, the event's speakers, and no room or speaker in two sessions at once. A room
 * named for the first time is created.
 */
@Component
class ProgrammeRules {

  private final Sessions sessions;
  private final Rooms rooms;
  private final Speakers speakers;
  private final Taxonomy taxonomy;

  ProgrammeRules(Sessions sessions, Rooms rooms, Speakers speakers, Taxonomy taxonomy) {
    this.sessions = sessions;
    this.rooms = rooms;
    this.speakers = speakers;
    this.taxonomy = taxonomy;
  }

  /** Sets the session from the command after checking the rules; a broken rule is thrown. */
  void apply(Event event, EventSession session, SessionCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<SessionKind> kind = SessionKind.of(c.kind());
    if (kind.isEmpty()) {
      problems.add(new FieldProblem("kind", "validation.unknownTerm", c.kind()));
    }
    ZoneId zone = event.zone();
    EventCommandCheck.gap(problems, "start", c.start(), zone);
    EventCommandCheck.gap(problems, "end", c.end(), zone);
    thrown(problems);
    Instant start = EventTimes.instant(requireNonNull(c.start(), "start"), zone);
    Instant end = EventTimes.instant(requireNonNull(c.end(), "end"), zone);
    if (!end.isAfter(start)) {
      problems.add(new FieldProblem("end", "events.error.endBeforeStart"));
    } else if (start.isBefore(event.startsAt()) || end.isAfter(event.endsAt())) {
      problems.add(new FieldProblem("start", "events.error.outsideEvent"));
    }
    if (c.language() != null && !c.language().isBlank()) {
      taxonomy.check(Vocabulary.LANGUAGE, "language", List.of(c.language()), problems);
    }
    Map<Long, Speaker> known = new HashMap<>();
    speakers.findByEventIdOrderByName(event.id()).forEach(s -> known.put(s.id(), s));
    Set<Long> remote = ids(c.remoteSpeakerIds());
    Set<Long> speakerIds = ids(c.speakerIds());
    speakerIds.addAll(remote);
    speakerIds.stream()
        .filter(id -> !known.containsKey(id))
        .forEach(id -> problems.add(new FieldProblem("speakerIds", "validation.unknownId", id)));
    thrown(problems);
    String roomName = c.room() == null ? "" : c.room().strip();
    Optional<Room> room =
        roomName.isEmpty()
            ? Optional.empty()
            : rooms.findByEventIdAndNameIgnoreCase(event.id(), roomName);
    overlaps(event, session, start, end, room, speakerIds, known, problems);
    thrown(problems);
    Long roomId =
        roomName.isEmpty()
            ? null
            : room.orElseGet(() -> rooms.save(new Room(event.id(), cut(roomName, 200)))).id();
    List<EventSession.Slot> slots =
        speakerIds.stream().map(id -> new EventSession.Slot(id, remote.contains(id))).toList();
    session.apply(
        requireNonNull(c.title(), "title"),
        kind.orElseThrow(),
        start,
        end,
        roomId,
        c.summary(),
        c.language(),
        slots);
  }

  /** Other sessions at the same time in the same room or with one of the same speakers. */
  private void overlaps(
      Event event,
      EventSession session,
      Instant start,
      Instant end,
      Optional<Room> room,
      Set<Long> speakerIds,
      Map<Long, Speaker> known,
      List<FieldProblem> problems) {
    ZoneId zone = event.zone();
    for (EventSession other : sessions.ofEvent(event.id())) {
      if (Objects.equals(other.id(), session.id()) || !other.overlaps(start, end)) {
        continue;
      }
      String at = EventTimes.time(other.startsAt(), zone, Locale.ROOT);
      if (room.isPresent() && room.get().id().equals(other.roomId())) {
        problems.add(
            new FieldProblem(
                "room", "events.error.roomTaken", room.get().name(), other.title(), at));
      }
      for (Long speaker : other.speakerIds()) {
        if (speakerIds.contains(speaker)) {
          problems.add(
              new FieldProblem(
                  "speakerIds",
                  "events.error.speakerBusy",
                  requireNonNull(known.get(speaker)).name(),
                  other.title(),
                  at));
        }
      }
    }
  }

  private static Set<Long> ids(@Nullable List<Long> given) {
    Set<Long> ids = new LinkedHashSet<>();
    if (given != null) {
      given.stream().filter(Objects::nonNull).forEach(ids::add);
    }
    return ids;
  }

  private static void thrown(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
