package eu.digilabs.hub.events;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see and manage an event: drafts for those who manage it, members-only events for members;
 * managing for admins, editors of its labs and its organisers while they belong to one of its labs
 * (decided now, so the right ends when they leave).
 */
@Component
class EventAccess {

  private final Events events;
  private final Registrations registrations;
  private final Rights rights;

  EventAccess(Events events, Registrations registrations, Rights rights) {
    this.events = events;
    this.registrations = registrations;
    this.rights = rights;
  }

  /** The signed-in person's account, if any. */
  Optional<Long> account() {
    return rights.currentAccountId();
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
   * to one of the event's labs.
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

  /** Editors of the event's labs and admins; organisers alone may not. */
  boolean mayRemoveOrganisers(Event event) {
    return rights.admin() || event.labIds().stream().anyMatch(rights::editorOf);
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

  static NotFound notFound(long id) {
    return new NotFound("No event or session " + id + ".");
  }
}
