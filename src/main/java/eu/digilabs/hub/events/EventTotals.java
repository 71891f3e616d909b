package eu.digilabs.hub.events;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events as totals, without anyone's data: how many public events are coming and were held, and
 * how many seats people took at them. Three counting queries.
 */
@Service
@Transactional(readOnly = true)
public class EventTotals {

  /**
   * @param upcoming published public events starting now or later
   * @param past those that started before now
   * @param registrations confirmed registrations (on site or online) at all of them
   */
  public record Totals(long upcoming, long past, long registrations) {}

  private final Events events;
  private final Registrations registrations;

  EventTotals(Events events, Registrations registrations) {
    this.events = events;
    this.registrations = registrations;
  }

  public Totals totals(Instant now) {
    return new Totals(
        events.countPublic(true, now),
        events.countPublic(false, now),
        registrations.confirmedAtPublicEvents());
  }
}
