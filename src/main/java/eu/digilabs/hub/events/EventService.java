package eu.digilabs.hub.events;

import static eu.digilabs.hub.shared.text.Values.cut;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabActivity;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.net.URI;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and their programme: who may see and manage them, writing events, rooms, sessions and
 * speakers, with the programme's rules (times inside the event, no room or speaker in two places at
 * once).
 */
@Service
@Transactional(readOnly = true)
public class EventService {

  public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

  /** An event's details changed (inside the transaction that changed them). */
  record Changed(long eventId) {}

  private final Events events;
  private final Sessions sessions;
  private final Rooms rooms;
  private final Speakers speakers;
  private final Registrations registrations;
  private final LabService labs;
  private final AccountService accounts;
  private final Taxonomy taxonomy;
  private final Rights rights;
  private final Uploads uploads;
  private final ApplicationEventPublisher publisher;
  private final IcsImport ics;
  private final MessageSource messages;

  EventService(
      Events events,
      Sessions sessions,
      Rooms rooms,
      Speakers speakers,
      Registrations registrations,
      LabService labs,
      AccountService accounts,
      Taxonomy taxonomy,
      Rights rights,
      Uploads uploads,
      ApplicationEventPublisher publisher,
      IcsImport ics,
      MessageSource messages) {
    this.ics = ics;
    this.messages = messages;
    this.events = events;
    this.sessions = sessions;
    this.rooms = rooms;
    this.speakers = speakers;
    this.registrations = registrations;
    this.labs = labs;
    this.accounts = accounts;
    this.taxonomy = taxonomy;
    this.rights = rights;
    this.uploads = uploads;
    this.publisher = publisher;
  }

  // --- reading ---------------------------------------------------------------------------------

  /** Upcoming (soonest first) or past (latest first) events the person may see. */
  public Page<EventSummary> list(String type, String mode, boolean upcoming, int page, int size) {
    Instant now = Instant.now();
    Sort sort = upcoming ? Sort.by("startsAt") : Sort.by(Sort.Direction.DESC, "startsAt");
    return events
        .visible(
            rights.currentAccountId().isPresent(),
            type == null ? null : EventType.of(type).orElse(null),
            mode == null ? null : Attendance.of(mode).orElse(null),
            upcoming,
            now,
            PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)), sort))
        .map(e -> EventSummary.of(e, now));
  }

  /** The event, if the person may see it: drafts for organisers, members-only for members. */
  public EventView get(long id) {
    Event event = visible(id);
    return EventView.of(event, mayStream(event), Instant.now());
  }

  /** The event as everyone may see it: without the stream link. */
  public EventView publicView(EventView event) {
    return event.streamUrl() == null
        ? event
        : EventView.of(events.findById(event.id()).orElseThrow(), false, java.time.Instant.now());
  }

  public boolean mayManage(long eventId) {
    return events.findById(eventId).map(this::mayManage).orElse(false);
  }

  /** Events of a lab for its page: those the person may see, latest first. */
  public List<EventSummary> ofLab(long labId) {
    Instant now = Instant.now();
    return events.ofLab(labId).stream()
        .filter(this::maySee)
        .map(e -> EventSummary.of(e, now))
        .toList();
  }

  /** Events the signed-in person organises (also drafts). */
  public List<EventSummary> organisedByMe() {
    Instant now = Instant.now();
    return rights
        .currentAccountId()
        .map(a -> events.organisedBy(a).stream().map(e -> EventSummary.of(e, now)).toList())
        .orElse(List.of());
  }

  public Map<Long, String> labNames(EventView event) {
    return labs.names(event.labIds());
  }

  /** The programme in time order. */
  public List<SessionView> programme(long eventId) {
    Event event = visible(eventId);
    return views(event, sessions.ofEvent(eventId));
  }

  public SessionView session(long sessionId) {
    EventSession session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
    visible(session.event().id());
    return views(session.event(), List.of(session)).get(0);
  }

  public List<RoomView> rooms(long eventId) {
    visible(eventId);
    return rooms.findByEventIdOrderById(eventId).stream()
        .map(r -> new RoomView(r.id(), r.name()))
        .toList();
  }

  public List<SpeakerView> speakers(long eventId) {
    visible(eventId);
    return speakers.findByEventIdOrderByName(eventId).stream().map(SpeakerView::of).toList();
  }

  public SpeakerView speaker(long eventId, long speakerId) {
    visible(eventId);
    return SpeakerView.of(speakerOf(eventId, speakerId));
  }

  /** The speaker's photo file and its type, when one was uploaded. */
  public Optional<Map.Entry<java.nio.file.Path, String>> photo(long eventId, long speakerId) {
    visible(eventId);
    Speaker speaker = speakerOf(eventId, speakerId);
    return uploads.find(speaker.photoFile()).map(p -> Map.entry(p, speaker.photoType()));
  }

  /** Organiser accounts by id, with name and address, for the organiser page. */
  public Map<Long, String> organisers(long eventId) {
    Event event = managed(eventId);
    Map<Long, String> names = new java.util.LinkedHashMap<>();
    accounts.views(event.organiserIds()).values().stream()
        .sorted(java.util.Comparator.comparing(AccountView::displayName))
        .forEach(a -> names.put(a.id(), a.displayName() + " <" + a.email() + ">"));
    return names;
  }

  /** Whether the signed-in person may remove organisers: editors of the event's labs, admins. */
  public boolean mayRemoveOrganisers(long eventId) {
    return events.findById(eventId).map(this::mayRemoveOrganisers).orElse(false);
  }

  // --- writing events --------------------------------------------------------------------------

  /** Creates a draft for labs the person edits; they become its organiser. */
  @Transactional
  public EventView create(EventCommand command) {
    long account = rights.requireMember();
    check(command);
    for (Long lab : command.labIds()) {
      rights.requireEditorOf(lab);
    }
    Event event = events.save(new Event(command, account));
    activity(event);
    return EventView.of(event, true, Instant.now());
  }

  /** Changes an event from the version the organiser saw; a stale version is a conflict. */
  @Transactional
  public EventView update(long id, long version, EventCommand command) {
    Event event = managed(id);
    if (event.version() != version) {
      throw new Conflict("The event was changed by someone else since version " + version + ".");
    }
    check(command);
    for (Long lab : command.labIds()) {
      if (!event.labIds().contains(lab)) {
        rights.requireEditorOf(lab);
      }
    }
    // Taking a lab off the event takes its editors' rights over it: only they (or admins) may.
    for (Long lab : event.labIds()) {
      if (!command.labIds().contains(lab)) {
        rights.requireEditorOf(lab);
      }
    }
    event.apply(command);
    events.flush();
    publisher.publishEvent(new Changed(id));
    publisher.publishEvent(new EventChanged(id));
    activity(event);
    return EventView.of(event, true, Instant.now());
  }

  @Transactional
  public EventView publish(long id) {
    Event event = managed(id);
    if (event.publication() == Event.Publication.CANCELLED) {
      throw new InvalidInput("status", "events.error.cancelledStays");
    }
    event.publish();
    publisher.publishEvent(new Changed(id));
    publisher.publishEvent(new EventChanged(id));
    activity(event);
    return EventView.of(event, true, Instant.now());
  }

  /** Deletes an event nobody is registered for; one with registrations must be cancelled. */
  @Transactional
  public void delete(long id) {
    Event event = managed(id);
    boolean registered =
        registrations.findByEventIdOrderByRegisteredAtAscIdAsc(id).stream()
            .anyMatch(Registration::active);
    if (registered) {
      throw new Conflict("People are registered: cancel the event instead, which tells them.");
    }
    sessions.deleteAll(sessions.ofEvent(id));
    events.delete(event);
    publisher.publishEvent(new EventChanged(id));
  }

  /** Makes someone with an account an organiser of the event. */
  @Transactional
  public void addOrganiser(long eventId, String email) {
    Event event = managed(eventId);
    AccountView account =
        accounts
            .byEmail(email == null ? "" : email)
            .orElseThrow(() -> new InvalidInput("email", "events.error.noAccount"));
    event.addOrganiser(account.id());
  }

  /** Removes an organiser: only editors of the event's labs and admins, not organisers. */
  @Transactional
  public void removeOrganiser(long eventId, long accountId) {
    Event event = events.findById(eventId).orElseThrow(() -> notFound(eventId));
    rights.requireMember();
    if (!mayRemoveOrganisers(event)) {
      throw new Forbidden("not an editor of the labs of event " + eventId);
    }
    event.removeOrganiser(accountId);
  }

  private boolean mayRemoveOrganisers(Event event) {
    return rights.admin() || event.labIds().stream().anyMatch(rights::editorOf);
  }

  private void check(EventCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (EventType.of(c.type()).isEmpty()) {
      problems.add(new FieldProblem("type", "validation.unknownTerm", c.type()));
    }
    Optional<Attendance> mode = Attendance.of(c.mode());
    if (mode.isEmpty()) {
      problems.add(new FieldProblem("mode", "validation.unknownTerm", c.mode()));
    }
    ZoneId zone = EventTimes.zone(c.timeZone());
    if (zone == null) {
      problems.add(new FieldProblem("timeZone", "events.error.zone", c.timeZone()));
    } else {
      gap(problems, "start", c.start(), zone);
      gap(problems, "end", c.end(), zone);
      gap(problems, "registrationOpens", c.registrationOpens(), zone);
      gap(problems, "registrationCloses", c.registrationCloses(), zone);
    }
    if (c.start() != null && c.end() != null && !c.end().isAfter(c.start())) {
      problems.add(new FieldProblem("end", "events.error.endBeforeStart"));
    }
    if (c.registrationOpens() != null
        && c.registrationCloses() != null
        && !c.registrationCloses().isAfter(c.registrationOpens())) {
      problems.add(new FieldProblem("registrationCloses", "events.error.closesBeforeOpens"));
    }
    if (mode.map(Attendance::onSite).orElse(false)
        && (c.venueName() == null || c.venueName().isBlank())) {
      problems.add(new FieldProblem("venueName", "events.error.venueRequired"));
    }
    if (c.streamUrl() != null && !c.streamUrl().isBlank() && !webAddress(c.streamUrl())) {
      problems.add(new FieldProblem("streamUrl", "events.error.url"));
    }
    if (c.labIds() == null || c.labIds().stream().noneMatch(Objects::nonNull)) {
      problems.add(new FieldProblem("labIds", "events.error.labRequired"));
    } else {
      c.labIds().stream()
          .filter(Objects::nonNull)
          .filter(lab -> !labs.exists(lab))
          .forEach(lab -> problems.add(new FieldProblem("labIds", "validation.unknownId", lab)));
    }
    if (c.languages() != null) {
      taxonomy.check(Vocabulary.LANGUAGE, "languages", c.languages(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static void gap(
      List<FieldProblem> problems, String field, java.time.LocalDateTime local, ZoneId zone) {
    if (local != null && EventTimes.inGap(local, zone)) {
      problems.add(
          new FieldProblem(field, "events.error.timeGap", local.toLocalTime(), zone.getId()));
    }
  }

  static boolean webAddress(String text) {
    try {
      URI uri = new URI(text.strip());
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  // --- programme -------------------------------------------------------------------------------

  @Transactional
  public SessionView addSession(long eventId, SessionCommand command) {
    Event event = managed(eventId);
    EventSession session = new EventSession(event);
    apply(event, session, command);
    sessions.save(session);
    sessions.flush();
    publisher.publishEvent(new EventChanged(eventId));
    return views(event, List.of(session)).get(0);
  }

  @Transactional
  public SessionView updateSession(long sessionId, long version, SessionCommand command) {
    EventSession session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
    Event event = managed(session.event().id());
    if (session.version() != version) {
      throw new Conflict("The session was changed by someone else since version " + version + ".");
    }
    apply(event, session, command);
    sessions.flush();
    publisher.publishEvent(new EventChanged(event.id()));
    return views(event, List.of(session)).get(0);
  }

  @Transactional
  public void deleteSession(long sessionId) {
    EventSession session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
    managed(session.event().id());
    sessions.delete(session);
    publisher.publishEvent(new EventChanged(session.event().id()));
  }

  /** Replaces a session's slides, recordings and links. */
  @Transactional
  public SessionView materials(long sessionId, List<SessionView.MaterialView> materials) {
    EventSession session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
    Event event = managed(session.event().id());
    List<EventSession.Material> checked = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (SessionView.MaterialView m : materials) {
      if (!Set.of("slides", "recording", "link").contains(m.kind())) {
        problems.add(new FieldProblem("materials", "validation.unknownTerm", m.kind()));
      } else if (m.url() == null || !webAddress(m.url())) {
        problems.add(new FieldProblem("materials", "events.error.url"));
      } else {
        String title = m.title() == null || m.title().isBlank() ? m.url() : m.title().strip();
        checked.add(
            new EventSession.Material(
                m.kind(), title.length() > 300 ? title.substring(0, 300) : title, m.url().strip()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    session.materials(checked);
    return views(event, List.of(session)).get(0);
  }

  /**
   * Sets a session from the command after checking the programme's rules: a known kind, times that
   * exist in the event's zone and lie within the event, the event's speakers, and no room or
   * speaker in two sessions at once.
   */
  private void apply(Event event, EventSession session, SessionCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<SessionKind> kind = SessionKind.of(c.kind());
    if (kind.isEmpty()) {
      problems.add(new FieldProblem("kind", "validation.unknownTerm", c.kind()));
    }
    ZoneId zone = event.zone();
    gap(problems, "start", c.start(), zone);
    gap(problems, "end", c.end(), zone);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant start = EventTimes.instant(c.start(), zone);
    Instant end = EventTimes.instant(c.end(), zone);
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
    Set<Long> speakerIds = new LinkedHashSet<>();
    if (c.speakerIds() != null) {
      c.speakerIds().stream().filter(Objects::nonNull).forEach(speakerIds::add);
    }
    Set<Long> remote = new LinkedHashSet<>();
    if (c.remoteSpeakerIds() != null) {
      c.remoteSpeakerIds().stream().filter(Objects::nonNull).forEach(remote::add);
    }
    speakerIds.addAll(remote);
    speakerIds.stream()
        .filter(id -> !known.containsKey(id))
        .forEach(id -> problems.add(new FieldProblem("speakerIds", "validation.unknownId", id)));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    String roomName = c.room() == null ? "" : c.room().strip();
    Optional<Room> room =
        roomName.isEmpty()
            ? Optional.empty()
            : rooms.findByEventIdAndNameIgnoreCase(event.id(), roomName);
    for (EventSession other : sessions.ofEvent(event.id())) {
      if (Objects.equals(other.id(), session.id()) || !other.overlaps(start, end)) {
        continue;
      }
      if (room.isPresent() && room.get().id().equals(other.roomId())) {
        problems.add(
            new FieldProblem(
                "room",
                "events.error.roomTaken",
                room.get().name(),
                other.title(),
                EventTimes.time(other.startsAt(), zone, java.util.Locale.ROOT)));
      }
      for (Long speaker : other.speakerIds()) {
        if (speakerIds.contains(speaker)) {
          problems.add(
              new FieldProblem(
                  "speakerIds",
                  "events.error.speakerBusy",
                  known.get(speaker).name(),
                  other.title(),
                  EventTimes.time(other.startsAt(), zone, java.util.Locale.ROOT)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Long roomId =
        roomName.isEmpty()
            ? null
            : room.orElseGet(() -> rooms.save(new Room(event.id(), cut(roomName, 200)))).id();
    List<EventSession.Slot> slots =
        speakerIds.stream().map(id -> new EventSession.Slot(id, remote.contains(id))).toList();
    session.apply(c.title(), kind.get(), start, end, roomId, c.summary(), c.language(), slots);
  }

  @Transactional
  public SpeakerView addSpeaker(long eventId, SpeakerCommand command) {
    managed(eventId);
    Speaker speaker = new Speaker(eventId);
    speaker.apply(command, linkedAccount(command));
    return SpeakerView.of(speakers.saveAndFlush(speaker));
  }

  /** Adds a speaker and, when given, their photo, in one write. */
  @Transactional
  public SpeakerView addSpeakerWithPhoto(long eventId, SpeakerCommand command, byte[] photo) {
    SpeakerView speaker = addSpeaker(eventId, command);
    return photo == null ? speaker : speakerPhoto(eventId, speaker.id(), photo);
  }

  /** Changes a speaker and, when given, their photo, in one write. */
  @Transactional
  public SpeakerView updateSpeakerWithPhoto(
      long eventId, long speakerId, long version, SpeakerCommand command, byte[] photo) {
    SpeakerView speaker = updateSpeaker(eventId, speakerId, version, command);
    return photo == null ? speaker : speakerPhoto(eventId, speakerId, photo);
  }

  @Transactional
  public SpeakerView updateSpeaker(
      long eventId, long speakerId, long version, SpeakerCommand command) {
    managed(eventId);
    Speaker speaker = speakerOf(eventId, speakerId);
    if (speaker.version() != version) {
      throw new Conflict("The speaker was changed by someone else since version " + version + ".");
    }
    speaker.apply(command, linkedAccount(command));
    speakers.flush();
    return SpeakerView.of(speaker);
  }

  /** Stores a PNG or JPEG photo of the speaker. */
  @Transactional
  public SpeakerView speakerPhoto(long eventId, long speakerId, byte[] image) {
    managed(eventId);
    Speaker speaker = speakerOf(eventId, speakerId);
    if (image.length > MAX_PHOTO_BYTES) {
      throw new InvalidInput("photo", "events.error.photoTooLarge");
    }
    String type =
        Uploads.imageType(image)
            .orElseThrow(() -> new InvalidInput("photo", "events.error.photoNotImage"));
    speaker.photo(uploads.store(image, "png".equals(type) ? "png" : "jpg"), "image/" + type);
    return SpeakerView.of(speaker);
  }

  @Transactional
  public void deleteSpeaker(long eventId, long speakerId) {
    managed(eventId);
    speakers.delete(speakerOf(eventId, speakerId));
  }

  private Long linkedAccount(SpeakerCommand command) {
    if (command.accountEmail() == null || command.accountEmail().isBlank()) {
      return null;
    }
    return accounts
        .byEmail(command.accountEmail())
        .map(AccountView::id)
        .orElseThrow(() -> new InvalidInput("accountEmail", "events.error.noAccount"));
  }

  // --- helpers for the module ------------------------------------------------------------------

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
                    s.speakers().stream()
                        .filter(slot -> people.containsKey(slot.speakerId()))
                        .map(
                            slot -> {
                              Speaker p = people.get(slot.speakerId());
                              return new SessionView.SpeakerOnSession(
                                  p.id(), p.name(), p.organisation(), slot.remote());
                            })
                        .toList(),
                    s.materials().stream()
                        .map(m -> new SessionView.MaterialView(m.kind(), m.title(), m.url()))
                        .toList(),
                    s.version()))
        .toList();
  }

  /** The event if the person may see it; 404 for drafts of others, sign-in for members-only. */
  Event visible(long id) {
    Event event = events.findById(id).orElseThrow(() -> notFound(id));
    if (event.publication() == Event.Publication.DRAFT && !mayManage(event)) {
      throw notFound(id);
    }
    if (event.membersOnly() && rights.currentAccountId().isEmpty()) {
      throw new Forbidden("members only");
    }
    return event;
  }

  boolean maySee(Event event) {
    if (event.publication() == Event.Publication.DRAFT) {
      return mayManage(event);
    }
    return !event.membersOnly() || rights.currentAccountId().isPresent();
  }

  /** The event if the person organises it (visitors are asked to sign in, others get 403). */
  Event managed(long id) {
    Event event = events.findById(id).orElseThrow(() -> notFound(id));
    rights.requireMember();
    if (!mayManage(event)) {
      throw new Forbidden("not an organiser of event " + id);
    }
    return event;
  }

  /**
   * Admins, editors of its organising labs and its organisers, an organiser only while they belong
   * to one of the event's labs (decided now, so the right ends when they leave).
   */
  boolean mayManage(Event event) {
    if (rights.admin()) {
      return true;
    }
    Optional<Long> account = rights.currentAccountId();
    if (account.isEmpty()) {
      return false;
    }
    return (event.organiserIds().contains(account.get())
            && (event.labIds().isEmpty() || event.labIds().stream().anyMatch(rights::memberOf)))
        || event.labIds().stream().anyMatch(rights::editorOf);
  }

  /** Organisers and people registered online (with a seat) may see the stream link. */
  boolean mayStream(Event event) {
    if (mayManage(event)) {
      return true;
    }
    return rights
        .currentAccountId()
        .flatMap(a -> registrations.findByEventIdAndAccountId(event.id(), a))
        .map(r -> r.state() == Registration.State.CONFIRMED && r.attendance() == Attendance.ONLINE)
        .orElse(false);
  }

  private Speaker speakerOf(long eventId, long speakerId) {
    return speakers
        .findById(speakerId)
        .filter(s -> s.eventId() == eventId)
        .orElseThrow(() -> new NotFound("No speaker " + speakerId + " at event " + eventId + "."));
  }

  private void activity(Event event) {
    Instant now = Instant.now();
    event.labIds().forEach(lab -> publisher.publishEvent(new LabActivity(lab, now)));
  }

  static NotFound notFound(long id) {
    return new NotFound("No event or session " + id + ".");
  }

  /** Tells the other modules that the event or its programme changed. */
  void changed(long eventId) {
    publisher.publishEvent(new EventChanged(eventId));
  }

  /**
   * Creates or updates (by UID) the event's sessions from the entries of a calendar file, as far as
   * each is valid: entries without a title or times, all-day entries, recurring or conflicting
   * ones, and those outside the event are reported and skipped.
   */
  @Transactional
  public ImportReport importProgramme(long eventId, byte[] file, String fileName, Locale locale) {
    Event event = managed(eventId);
    ImportReport report = new ImportReport();
    List<IcsImport.Entry> entries = ics.read(file, fileName, report, locale);
    report.addToTotal(entries.size());
    int count = 0;
    for (IcsImport.Entry entry : entries) {
      if (++count > IcsImport.MAX_ENTRIES) {
        report.skipped(fileName, entry.line(), ics.t(locale, "events.import.tooMany"));
        continue;
      }
      String problem = entry.problem();
      if (problem == null && (entry.title() == null || entry.start() == null)) {
        problem = ics.t(locale, "events.import.missing");
      } else if (problem == null && IcsImport.allDay(entry.start())) {
        problem = ics.t(locale, "events.import.allDay");
      }
      Instant start = problem == null ? IcsImport.instant(entry.start(), event.zone()) : null;
      Instant end =
          problem == null && entry.end() != null
              ? IcsImport.instant(entry.end(), event.zone())
              : null;
      if (problem == null && (start == null || end == null)) {
        problem = ics.t(locale, "events.import.missing");
      }
      if (problem != null) {
        report.skipped(fileName, entry.line(), problem);
        continue;
      }
      SessionCommand command =
          new SessionCommand(
              cut(entry.title(), 300),
              SessionKind.TALK.code(),
              EventTimes.local(start, event.zone()),
              EventTimes.local(end, event.zone()),
              entry.location() == null ? null : cut(entry.location(), 200),
              entry.summary() == null ? null : cut(entry.summary(), 10000),
              null,
              List.of(),
              List.of(),
              null);
      Optional<EventSession> existing =
          entry.uid() == null
              ? Optional.empty()
              : sessions.bySourceUid(eventId, cut(entry.uid(), 500));
      EventSession session = existing.orElseGet(() -> new EventSession(event));
      try {
        apply(event, session, command);
      } catch (InvalidInput e) {
        InvalidInput.FieldProblem first = e.problems().get(0);
        report.skipped(
            fileName,
            entry.line(),
            "%s: %s"
                .formatted(
                    entry.title(),
                    messages.getMessage(first.code(), first.args(), first.code(), locale)));
        continue;
      }
      if (entry.recurring()) {
        report.note(fileName, entry.line(), ics.t(locale, "events.import.recurring"));
      }
      if (existing.isPresent()) {
        report.updated();
      } else {
        session.sourceUid(entry.uid() == null ? null : cut(entry.uid(), 500));
        sessions.save(session);
        report.created();
      }
    }
    sessions.flush();
    publisher.publishEvent(new EventChanged(eventId));
    return report;
  }
}
