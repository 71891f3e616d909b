package eu.digilabs.hub.events;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marks an event as demo content (pages show a badge): for loading demo content, admins only. */
@Component
public class EventDemoMarks {

  private final Events events;
  private final Rights rights;

  EventDemoMarks(Events events, Rights rights) {
    this.events = events;
    this.rights = rights;
  }

  @Transactional
  public void markDemo(long eventId) {
    rights.requireAdmin();
    events.findById(eventId).orElseThrow(() -> new NotFound("Event " + eventId)).markDemo();
  }
}
