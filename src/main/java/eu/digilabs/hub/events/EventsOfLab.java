package eu.digilabs.hub.events;

import eu.digilabs.hub.labs.LabEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lists the events a lab organises on its page. */
@Component
class EventsOfLab implements LabEvents {

  private final EventService events;

  EventsOfLab(EventService events) {
    this.events = events;
  }

  @Override
  public List<Row> of(long labId) {
    return events.ofLab(labId).stream()
        .map(e -> new Row(e.id(), e.title(), e.mode(), e.status(), e.startsAt(), e.timeZone()))
        .toList();
  }
}
