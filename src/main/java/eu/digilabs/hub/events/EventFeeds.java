package eu.digilabs.hub.events;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar feeds: public ones of all upcoming events, of a lab's, of one event and of one
 * session; one private feed per member's agenda. The public calendars of many events hold what
 * every visitor may see (never drafts or members-only events), whoever asks, since calendar clients
 * fetch them without a session.
 */
@Service
@Transactional(readOnly = true)
public class EventFeeds {

  /** The most events a calendar of many holds (soonest first). */
  static final int LIMIT = 500;

  private final EventService events;
  private final Events store;
  private final AgendaService agenda;
  private final Registrations registrations;
  private final Calendars calendars;
  private final LabDirectory labs;

  EventFeeds(
      EventService events,
      Events store,
      AgendaService agenda,
      Registrations registrations,
      Calendars calendars,
      LabDirectory labs) {
    this.events = events;
    this.store = store;
    this.agenda = agenda;
    this.registrations = registrations;
    this.calendars = calendars;
    this.labs = labs;
  }

  public String event(long eventId) {
    EventView event = events.get(eventId);
    EventView without = events.publicView(event);
    return calendars.event(without, events.programme(eventId));
  }

  /** One session's entry, if the person may see its event. */
  public String session(long sessionId) {
    SessionView session = events.session(sessionId);
    EventView event = events.publicView(events.get(session.eventId()));
    return calendars.session(event, session);
  }

  /** Every upcoming event every visitor may see, cancelled ones marked so. */
  public String upcoming(String name) {
    Instant now = Instant.now();
    return calendars.events(
        name, views(store.upcomingForEveryone(now, PageRequest.of(0, LIMIT)), now));
  }

  /**
   * A lab's upcoming events every visitor may see, the calendar named after the lab and {@code
   * name}; 404 for an unknown lab.
   */
  public String upcomingOfLab(long labId, String name) {
    String lab = labs.names(List.of(labId)).get(labId);
    if (lab == null) {
      throw new NotFound("No such lab.");
    }
    Instant now = Instant.now();
    return calendars.events(
        lab + ": " + name,
        views(store.upcomingOfLabForEveryone(labId, now, PageRequest.of(0, LIMIT)), now));
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

  private static List<EventView> views(List<Event> found, Instant now) {
    return found.stream().map(e -> EventView.of(e, false, now)).toList();
  }
}
