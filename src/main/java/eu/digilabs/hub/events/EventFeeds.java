package eu.digilabs.hub.events;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar feeds: one public feed per event, one private feed per member's agenda. */
@Service
@Transactional(readOnly = true)
public class EventFeeds {

  private final EventService events;
  private final AgendaService agenda;
  private final Registrations registrations;
  private final Calendars calendars;

  EventFeeds(
      EventService events, AgendaService agenda, Registrations registrations, Calendars calendars) {
    this.events = events;
    this.agenda = agenda;
    this.registrations = registrations;
    this.calendars = calendars;
  }

  public String event(long eventId) {
    EventView event = events.get(eventId);
    EventView without = events.publicView(event);
    return calendars.event(without, events.programme(eventId));
  }

  /**
   * The agenda behind a private feed address; the location of each session follows how the person
   * attends its event (the venue on-site, the event page online).
   */
  public Optional<String> agenda(String token) {
    return agenda
        .feedOwner(token)
        .map(
            account -> {
              Set<Long> onSite =
                  registrations
                      .findByAccountIdAndStateNot(account, Registration.State.CANCELLED)
                      .stream()
                      .filter(r -> r.attendance() == Attendance.ON_SITE)
                      .map(Registration::eventId)
                      .collect(Collectors.toSet());
              return calendars.agenda("Digilabs Hub", agenda.agendaOf(account), onSite);
            });
  }
}
