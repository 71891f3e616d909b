package eu.digilabs.hub.events;

import static java.util.Objects.requireNonNull;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabActivity;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing events: drafts for labs the person edits, changes from the version the organiser saw,
 * publishing, cancelling (which tells everyone registered) and deleting. A change that frees seats
 * gives them to those waiting in the same transaction.
 */
@Service
@Transactional
public class EventWriting {

  private final Events events;
  private final Sessions sessions;
  private final EventAccess access;
  private final EventCommandCheck check;
  private final RegistrationService registrations;
  private final Rights rights;
  private final ApplicationEventPublisher publisher;

  EventWriting(
      Events events,
      Sessions sessions,
      EventAccess access,
      EventCommandCheck check,
      RegistrationService registrations,
      Rights rights,
      ApplicationEventPublisher publisher) {
    this.events = events;
    this.sessions = sessions;
    this.access = access;
    this.check = check;
    this.registrations = registrations;
    this.rights = rights;
    this.publisher = publisher;
  }

  /** Creates a draft for labs the person edits; they become its organiser. */
  public EventView create(EventCommand command) {
    long account = rights.requireMember();
    check.check(command);
    for (Long lab : labIds(command)) {
      rights.requireEditorOf(lab);
    }
    Event event = events.save(new Event(command, account));
    activity(event);
    return EventView.of(event, true, Instant.now());
  }

  /** Changes an event from the version the organiser saw; a stale version is a conflict. */
  public EventView update(long id, long version, EventCommand command) {
    Event event = access.managed(id);
    if (event.version() != version) {
      throw new Conflict("The event was changed by someone else since version " + version + ".");
    }
    check.check(command);
    List<Long> labs = labIds(command);
    for (Long lab : labs) {
      if (!event.labIds().contains(lab)) {
        rights.requireEditorOf(lab);
      }
    }
    // Taking a lab off the event takes its editors' rights over it: only they (or admins) may.
    for (Long lab : event.labIds()) {
      if (!labs.contains(lab)) {
        rights.requireEditorOf(lab);
      }
    }
    event.apply(command);
    events.flush();
    changed(event);
    return EventView.of(event, true, Instant.now());
  }

  public EventView publish(long id) {
    Event event = access.managed(id);
    if (event.publication() == Event.Publication.CANCELLED) {
      throw new InvalidInput("status", "events.error.cancelledStays");
    }
    event.publish();
    changed(event);
    return EventView.of(event, true, Instant.now());
  }

  /**
   * Cancels the event: it stays visible as cancelled, and everyone registered or waiting gets a
   * mail.
   */
  public EventView cancel(long id) {
    access.managed(id);
    Event event = events.lockById(id).orElseThrow();
    if (event.publication() == Event.Publication.CANCELLED) {
      return EventView.of(event, true, Instant.now());
    }
    event.cancel();
    publisher.publishEvent(new EventChanged(id));
    Instant now = Instant.now();
    registrations.tellCancelled(event, now);
    return EventView.of(event, true, now);
  }

  /** Deletes an event nobody is registered for; one with registrations must be cancelled. */
  public void delete(long id) {
    Event event = access.managed(id);
    if (registrations.anyRegistered(id)) {
      throw new Conflict("People are registered: cancel the event instead, which tells them.");
    }
    sessions.deleteAll(sessions.ofEvent(id));
    events.delete(event);
    publisher.publishEvent(new EventChanged(id));
  }

  /** Seats freed by the change go to those waiting; then the other modules hear of it. */
  private void changed(Event event) {
    registrations.promoteWaiting(event.id());
    publisher.publishEvent(new EventChanged(event.id()));
    activity(event);
  }

  /** The command's labs; the check has made sure there are some. */
  private static List<Long> labIds(EventCommand command) {
    return requireNonNull(command.labIds(), "labIds");
  }

  private void activity(Event event) {
    Instant now = Instant.now();
    event.labIds().forEach(lab -> publisher.publishEvent(new LabActivity(lab, now)));
  }
}
