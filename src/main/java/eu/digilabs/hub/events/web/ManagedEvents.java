package eu.digilabs.hub.events.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.shared.problems.Forbidden;
import org.springframework.stereotype.Component;

/**
 * The event for an organisers' page: seen by the person (404 otherwise), and managed by them
 * (visitors are asked to sign in, others get 403).
 */
@Component
class ManagedEvents {

  private final EventService events;
  private final Rights rights;

  ManagedEvents(EventService events, Rights rights) {
    this.events = events;
    this.rights = rights;
  }

  EventView managed(long id) {
    EventView event = events.get(id);
    if (!events.mayManage(id)) {
      rights.requireMember();
      throw new Forbidden("not an organiser of event " + id);
    }
    return event;
  }
}
