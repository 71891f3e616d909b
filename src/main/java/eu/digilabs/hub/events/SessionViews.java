package eu.digilabs.hub.events;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sessions as people see them: with their room's name, their speakers and materials. */
@Component
class SessionViews {

  private final Sessions sessions;
  private final Rooms rooms;
  private final Speakers speakers;
  private final EventAccess access;

  SessionViews(Sessions sessions, Rooms rooms, Speakers speakers, EventAccess access) {
    this.sessions = sessions;
    this.rooms = rooms;
    this.speakers = speakers;
    this.access = access;
  }

  /** The programme in time order, if the person may see the event. */
  List<SessionView> programme(long eventId) {
    Event event = access.visible(eventId);
    return views(event, sessions.ofEvent(eventId));
  }

  /**
   * The programme of an event the caller already decided to show (a registrant's mail, written
   * where nobody may be signed in), without asking who may see it.
   */
  List<SessionView> programmeShown(long eventId) {
    List<EventSession> found = sessions.ofEvent(eventId);
    return found.isEmpty() ? List.of() : views(found.get(0).event(), found);
  }

  /** The rooms named in the event's programme, in the order they were first used. */
  List<RoomView> rooms(long eventId) {
    access.visible(eventId);
    return rooms.findByEventIdOrderById(eventId).stream()
        .map(r -> new RoomView(r.id(), r.name()))
        .toList();
  }

  /** The session, if the person may see its event. */
  SessionView session(long sessionId) {
    EventSession session =
        sessions.findById(sessionId).orElseThrow(() -> EventAccess.notFound(sessionId));
    access.visible(session.event().id());
    return view(session.event(), session);
  }

  SessionView view(Event event, EventSession session) {
    return views(event, List.of(session)).get(0);
  }

  List<SessionView> views(Event event, List<EventSession> list) {
    ZoneId zone = event.zone();
    Map<Long, String> roomNames = new HashMap<>();
    rooms.findByEventIdOrderById(event.id()).forEach(r -> roomNames.put(r.id(), r.name()));
    Map<Long, Speaker> people = new HashMap<>();
    speakers.findByEventIdOrderByName(event.id()).forEach(s -> people.put(s.id(), s));
    return list.stream()
        .map(
            s ->
                new SessionView(
                    s.id(),
                    event.id(),
                    s.title(),
                    s.kind().code(),
                    s.startsAt(),
                    s.endsAt(),
                    EventTimes.local(s.startsAt(), zone),
                    EventTimes.local(s.endsAt(), zone),
                    s.roomId(),
                    roomNames.get(s.roomId()),
                    s.summary(),
                    s.language(),
                    speakersOn(s, people),
                    s.materials().stream()
                        .map(m -> new SessionView.MaterialView(m.kind(), m.title(), m.url()))
                        .toList(),
                    s.version(),
                    s.updatedAt()))
        .toList();
  }

  private static List<SessionView.SpeakerOnSession> speakersOn(
      EventSession session, Map<Long, Speaker> people) {
    return session.speakers().stream()
        .filter(slot -> people.containsKey(slot.speakerId()))
        .map(
            slot -> {
              Speaker p = requireNonNull(people.get(slot.speakerId()));
              return new SessionView.SpeakerOnSession(
                  p.id(), p.name(), p.organisation(), slot.remote());
            })
        .toList();
  }
}
