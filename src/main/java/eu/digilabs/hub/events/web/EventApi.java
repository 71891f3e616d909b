package eu.digilabs.hub.events.web;

import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventSummary;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.EventWriting;
import eu.digilabs.hub.events.ProgrammeService;
import eu.digilabs.hub.events.RegistrationService;
import eu.digilabs.hub.events.RegistrationView;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.events.SpeakerService;
import eu.digilabs.hub.events.SpeakerView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for events: visitors read published ones; organisers write events, sessions and
 * speakers; members register. The stream link appears only for organisers and people registered
 * online.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApi {

  private final EventService events;
  private final EventWriting writing;
  private final ProgrammeService programme;
  private final SpeakerService speakers;
  private final RegistrationService registrations;

  EventApi(
      EventService events,
      EventWriting writing,
      ProgrammeService programme,
      SpeakerService speakers,
      RegistrationService registrations) {
    this.events = events;
    this.writing = writing;
    this.programme = programme;
    this.speakers = speakers;
    this.registrations = registrations;
  }

  /** Body of a registration: on-site or online (either may be left out when only one exists). */
  record RegistrationRequest(String attendance) {}

  /**
   * Upcoming (or, with {@code when=past}, past) events, filtered by {@code type} (conference,
   * workshop, webinar, lab-session) and {@code mode} (on-site, online, hybrid). 200; 400.
   */
  @GetMapping
  PageResponse<EventSummary> list(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String mode,
      @RequestParam(defaultValue = "upcoming") String when,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(events.list(blank(type), blank(mode), !"past".equals(when), page, size));
  }

  /** One event; drafts only for organisers. 200; 401 members-only; 404. */
  @GetMapping("/{id}")
  EventView get(@PathVariable long id) {
    return events.get(id);
  }

  /** The programme in time order. 200; 404. */
  @GetMapping("/{id}/sessions")
  List<SessionView> sessions(@PathVariable long id) {
    return events.programme(id);
  }

  /** The speakers. 200; 404. */
  @GetMapping("/{id}/speakers")
  List<SpeakerView> speakers(@PathVariable long id) {
    return speakers.speakers(id);
  }

  /** Creates a draft for labs the caller edits. 201; 400; 401; 403. */
  @PostMapping
  ResponseEntity<EventView> create(@Valid @RequestBody EventCommand command) {
    EventView created = writing.create(command);
    return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
  }

  /** Changes an event from the {@code version} read. 200; 400; 401; 403; 404; 409. */
  @PutMapping("/{id}")
  EventView update(@PathVariable long id, @Valid @RequestBody EventCommand command) {
    return writing.update(id, version(command.version()), command);
  }

  /** Publishes a draft. 200; 401; 403; 404. */
  @PostMapping("/{id}/publish")
  EventView publish(@PathVariable long id) {
    return writing.publish(id);
  }

  /** Cancels the event and tells everyone registered. 200; 401; 403; 404. */
  @PostMapping("/{id}/cancel")
  EventView cancel(@PathVariable long id) {
    return writing.cancel(id);
  }

  /** Deletes an event nobody is registered for. 204; 401; 403; 404; 409 people registered. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    writing.delete(id);
    return ResponseEntity.noContent().build();
  }

  /** Adds a session; conflicts in room or speaker are 400 with field errors. 201; 401; 403. */
  @PostMapping("/{id}/sessions")
  ResponseEntity<SessionView> addSession(
      @PathVariable long id, @Valid @RequestBody SessionCommand command) {
    SessionView created = programme.addSession(id, command);
    return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/sessions/" + created.id()))
        .body(created);
  }

  /** Changes a session from the {@code version} read. 200; 400; 401; 403; 404; 409. */
  @PutMapping("/{id}/sessions/{sessionId}")
  SessionView updateSession(
      @PathVariable long id,
      @PathVariable long sessionId,
      @Valid @RequestBody SessionCommand command) {
    sessionOf(id, sessionId);
    return programme.updateSession(sessionId, version(command.version()), command);
  }

  /** Deletes a session. 204; 401; 403; 404. */
  @DeleteMapping("/{id}/sessions/{sessionId}")
  ResponseEntity<Void> deleteSession(@PathVariable long id, @PathVariable long sessionId) {
    sessionOf(id, sessionId);
    programme.deleteSession(sessionId);
    return ResponseEntity.noContent().build();
  }

  /** Replaces a session's materials (slides, recording, link). 200; 400; 401; 403; 404. */
  @PutMapping("/{id}/sessions/{sessionId}/materials")
  SessionView materials(
      @PathVariable long id,
      @PathVariable long sessionId,
      @RequestBody List<SessionView.MaterialView> materials) {
    sessionOf(id, sessionId);
    return programme.materials(sessionId, materials);
  }

  /** Adds a speaker. 201; 400; 401; 403. */
  @PostMapping("/{id}/speakers")
  ResponseEntity<SpeakerView> addSpeaker(
      @PathVariable long id, @Valid @RequestBody SpeakerCommand command) {
    SpeakerView created = speakers.addSpeaker(id, command);
    return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/speakers/" + created.id()))
        .body(created);
  }

  /** Registers the caller. 200 with the state (confirmed or waitlisted); 400; 401; 404. */
  @PostMapping("/{id}/registration")
  RegistrationView register(
      @PathVariable long id, @RequestBody(required = false) RegistrationRequest request) {
    return registrations.register(
        id, request == null ? null : request.attendance(), LocaleContextHolder.getLocale());
  }

  /** The caller's registration. 200; 404 when not registered. */
  @GetMapping("/{id}/registration")
  RegistrationView mine(@PathVariable long id) {
    return registrations.mine(id).orElseThrow(() -> new NotFound("Not registered."));
  }

  /** Cancels the caller's registration; the first in line moves up. 204; 401; 404. */
  @DeleteMapping("/{id}/registration")
  ResponseEntity<Void> cancelRegistration(@PathVariable long id) {
    registrations.cancel(id);
    return ResponseEntity.noContent().build();
  }

  /** All registrations, for organisers. 200; 401; 403; 404. */
  @GetMapping("/{id}/registrations")
  List<RegistrationView> registrations(
      @PathVariable long id,
      @RequestParam(required = false) String attendance,
      @RequestParam(required = false) String state) {
    return registrations.list(id, attendance, state, null);
  }

  private void sessionOf(long eventId, long sessionId) {
    if (events.session(sessionId).eventId() != eventId) {
      throw new NotFound("No session " + sessionId + " at event " + eventId);
    }
  }

  private static long version(@Nullable Long version) {
    if (version == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return version;
  }
}
