package eu.digilabs.hub.events;

import eu.digilabs.hub.labs.LabDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading events and their programme as the person may see them: lists, an event, its sessions, a
 * lab's events and one's own. Writing lives in {@link EventWriting}, {@link EventOrganisers},
 * {@link ProgrammeService}, {@link ProgrammeImport} and {@link SpeakerService}; who may see and
 * manage in {@link EventAccess}.
 */
@Service
@Transactional(readOnly = true)
public class EventService {

  private final Events events;
  private final Sessions sessions;
  private final LabDirectory labs;
  private final EventAccess access;
  private final SessionViews views;
  private final ProgrammeRules rules;
  private final SpeakerService speakers;
  private final ApplicationEventPublisher publisher;

  EventService(
      Events events,
      Sessions sessions,
      LabDirectory labs,
      EventAccess access,
      SessionViews views,
      ProgrammeRules rules,
      SpeakerService speakers,
      ApplicationEventPublisher publisher) {
    this.events = events;
    this.sessions = sessions;
    this.labs = labs;
    this.access = access;
    this.views = views;
    this.rules = rules;
    this.speakers = speakers;
    this.publisher = publisher;
  }

  /** Upcoming (soonest first) or past (latest first) events the person may see. */
  public Page<EventSummary> list(
      @Nullable String type, @Nullable String mode, boolean upcoming, int page, int size) {
    Instant now = Instant.now();
    Sort sort = upcoming ? Sort.by("startsAt") : Sort.by(Sort.Direction.DESC, "startsAt");
    return events
        .visible(
            access.account().isPresent(),
            type == null ? null : EventType.of(type).orElse(null),
            mode == null ? null : Attendance.of(mode).orElse(null),
            upcoming,
            now,
            PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)), sort))
        .map(e -> EventSummary.of(e, now));
  }

  /** The event, if the person may see it: drafts for organisers, members-only for members. */
  public EventView get(long id) {
    Event event = access.visible(id);
    return EventView.of(event, access.mayStream(event), Instant.now());
  }

  /** The event as everyone may see it: without the stream link. */
  public EventView publicView(EventView event) {
    return event.streamUrl() == null
        ? event
        : EventView.of(events.findById(event.id()).orElseThrow(), false, Instant.now());
  }

  public boolean mayManage(long eventId) {
    return events.findById(eventId).map(access::mayManage).orElse(false);
  }

  /** Events of a lab for its page: those the person may see, latest first. */
  public List<EventSummary> ofLab(long labId) {
    Instant now = Instant.now();
    return events.ofLab(labId).stream()
        .filter(access::maySee)
        .map(e -> EventSummary.of(e, now))
        .toList();
  }

  /** Events the signed-in person organises (also drafts). */
  public List<EventSummary> organisedByMe() {
    Instant now = Instant.now();
    return access
        .account()
        .map(a -> events.organisedBy(a).stream().map(e -> EventSummary.of(e, now)).toList())
        .orElse(List.of());
  }

  public Map<Long, String> labNames(EventView event) {
    return labs.names(event.labIds());
  }

  /** The programme in time order. */
  public List<SessionView> programme(long eventId) {
    return views.programme(eventId);
  }

  public List<RoomView> rooms(long eventId) {
    return views.rooms(eventId);
  }

  public SessionView session(long sessionId) {
    return views.session(sessionId);
  }
}
