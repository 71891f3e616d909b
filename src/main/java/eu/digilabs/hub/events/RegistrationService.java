package eu.digilabs.hub.events;

import static java.util.Objects.requireNonNull;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.web.Languages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations: a seat on-site (limited, with a waiting list that moves up in order when someone
 * cancels) or online (unlimited unless the organiser sets a limit), the mails that go with each
 * step, and the organisers' list, check-in and messages.
 *
 * <p>Every change to an event's registrations first locks the event's row, so registrations and
 * cancellations for one event take turns and the last seat is never given twice.
 */
@Service
@Transactional
public class RegistrationService {

  private final Events events;
  private final Registrations registrations;
  private final EventAccess access;
  private final AccountService accounts;
  private final Rights rights;
  private final EventMails mails;

  RegistrationService(
      Events events,
      Registrations registrations,
      EventAccess access,
      AccountService accounts,
      Rights rights,
      EventMails mails) {
    this.events = events;
    this.registrations = registrations;
    this.access = access;
    this.accounts = accounts;
    this.rights = rights;
    this.mails = mails;
  }

  /**
   * Registers the signed-in member, on-site or online ({@code attendance} may be empty when the
   * event offers only one way). A seat when one is free, otherwise a place on the waiting list.
   * Registering again the same way changes nothing; the other way moves the registration.
   */
  public RegistrationView register(long eventId, @Nullable String attendance, Locale locale) {
    long account = rights.requireMember();
    access.visible(eventId);
    Event event = events.lockById(eventId).orElseThrow(() -> EventAccess.notFound(eventId));
    Instant now = Instant.now();
    checkOpen(event, now);
    Attendance way = way(event, attendance);
    Registration registration =
        registrations
            .findByEventIdAndAccountId(eventId, account)
            .orElseGet(() -> new Registration(eventId, account));
    if (registration.id() != null && registration.active()) {
      if (registration.attendance() == way) {
        return view(registration, null);
      }
      freeSeat(event, registration, now);
    }
    boolean seat =
        event
            .terms()
            .seatFree(
                way,
                registrations.countByEventIdAndAttendanceAndState(
                    eventId, way, Registration.State.CONFIRMED));
    registration.register(way, seat, language(locale), now);
    registrations.saveAndFlush(registration);
    RegistrationView view = view(registration, null);
    EventView shown = EventView.of(event, way == Attendance.ONLINE, now);
    mails.send(seat ? mails.confirmed(shown, view) : mails.waitlisted(shown, view), account);
    return view;
  }

  /** Cancels the signed-in member's registration; the first in line takes the freed seat. */
  public void cancel(long eventId) {
    long account = rights.requireMember();
    Event event = events.lockById(eventId).orElseThrow(() -> EventAccess.notFound(eventId));
    Registration registration =
        registrations
            .findByEventIdAndAccountId(eventId, account)
            .filter(Registration::active)
            .orElseThrow(() -> new NotFound("Not registered for event " + eventId + "."));
    Instant now = Instant.now();
    freeSeat(event, registration, now);
    EventView shown = EventView.of(event, false, now);
    RegistrationView view = view(registration, null);
    mails.send(mails.cancelled(shown, view), account);
  }

  /** The signed-in member's registration, if any and not cancelled. */
  @Transactional(readOnly = true)
  public Optional<RegistrationView> mine(long eventId) {
    return rights
        .currentAccountId()
        .flatMap(a -> registrations.findByEventIdAndAccountId(eventId, a))
        .filter(Registration::active)
        .map(r -> view(r, null));
  }

  /** Seats taken and left, per way of attending, for the event page. */
  @Transactional(readOnly = true)
  public Map<String, Long> taken(long eventId) {
    Map<String, Long> taken = new HashMap<>();
    for (Attendance way : List.of(Attendance.ON_SITE, Attendance.ONLINE)) {
      taken.put(
          way.code(),
          registrations.countByEventIdAndAttendanceAndState(
              eventId, way, Registration.State.CONFIRMED));
      taken.put(
          way.code() + "-waiting",
          registrations.countByEventIdAndAttendanceAndState(
              eventId, way, Registration.State.WAITLISTED));
    }
    return taken;
  }

  /** Mails everyone registered or waiting that the event was cancelled. */
  void tellCancelled(Event event, Instant now) {
    EventView shown = EventView.of(event, false, now);
    List<RegistrationView> told = new ArrayList<>();
    for (Registration r : registrations.findByEventIdOrderByRegisteredAtAscIdAsc(event.id())) {
      if (r.active()) {
        told.add(view(r, null));
      }
    }
    told.forEach(r -> mails.send(mails.eventCancelled(shown, r), r.accountId()));
  }

  /** Whether anyone holds a seat or waits for one. */
  boolean anyRegistered(long eventId) {
    return registrations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId).stream()
        .anyMatch(Registration::active);
  }

  // --- organisers ------------------------------------------------------------------------------

  /**
   * Registrations for organisers, in the order they were made, filtered by way of attending, state
   * and words in the name or email.
   */
  @Transactional(readOnly = true)
  public List<RegistrationView> list(
      long eventId, @Nullable String attendance, @Nullable String state, @Nullable String words) {
    access.managed(eventId);
    List<Registration> all = registrations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId);
    Map<Long, AccountView> people =
        accounts.views(all.stream().map(Registration::accountId).toList());
    Map<Long, Integer> positions = positions(eventId);
    String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
    return all.stream()
        .map(r -> view(r, people.get(r.accountId()), positions))
        .filter(
            r -> attendance == null || attendance.isBlank() || attendance.equals(r.attendance()))
        .filter(r -> state == null || state.isBlank() || state.equals(r.state()))
        .filter(
            r ->
                needle.isEmpty()
                    || (r.name() + " " + r.email()).toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  /** Marks a registered person as present (or not) on the day. */
  public RegistrationView checkIn(long eventId, long registrationId, boolean present) {
    access.managed(eventId);
    Registration registration =
        registrations
            .findById(registrationId)
            .filter(r -> r.eventId() == eventId)
            .orElseThrow(() -> new NotFound("No registration " + registrationId + "."));
    if (registration.state() != Registration.State.CONFIRMED) {
      throw new InvalidInput("registration", "events.error.checkInConfirmedOnly");
    }
    registration.attended(present, Instant.now());
    return view(registration, null);
  }

  /** Mails a message from the organisers to everyone with a seat or on the waiting list. */
  public int message(long eventId, @Nullable String subject, @Nullable String body) {
    Event event = access.managed(eventId);
    List<InvalidInput.FieldProblem> problems = new ArrayList<>();
    if (subject == null || subject.isBlank() || subject.length() > 200) {
      problems.add(new InvalidInput.FieldProblem("subject", "events.error.subject"));
    }
    if (body == null || body.isBlank() || body.length() > 10000) {
      problems.add(new InvalidInput.FieldProblem("body", "events.error.body"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    EventView shown = EventView.of(event, false, Instant.now());
    List<Long> to =
        registrations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId).stream()
            .filter(Registration::active)
            .map(Registration::accountId)
            .toList();
    String from = rights.currentName();
    String title = requireNonNull(subject).strip();
    String text = requireNonNull(body).strip();
    to.forEach(a -> mails.send(mails.message(shown, title, text, from), a));
    return to.size();
  }

  // --- seats -----------------------------------------------------------------------------------

  /**
   * Cancels a registration; when it held a seat, the people waiting for that way of attending move
   * up in order while seats are free.
   */
  private void freeSeat(Event event, Registration registration, Instant now) {
    boolean hadSeat = registration.state() == Registration.State.CONFIRMED;
    Attendance way = registration.attendance();
    registration.cancel(now);
    registrations.flush();
    if (hadSeat) {
      promote(event, way, now);
    }
  }

  /**
   * Gives up an account's places in published events that have not ended, before the account is
   * deleted: the first in line takes each freed seat. The leaving person is not mailed.
   */
  void withdraw(long accountId) {
    Instant now = Instant.now();
    for (Registration registration :
        registrations.findByAccountIdAndStateNot(accountId, Registration.State.CANCELLED)) {
      Event event = events.lockById(registration.eventId()).orElseThrow();
      if (event.publication() == Event.Publication.PUBLISHED && event.endsAt().isAfter(now)) {
        freeSeat(event, registration, now);
      }
    }
  }

  /** Gives free seats to the first people waiting; called with the event locked. */
  void promote(Event event, Attendance way, Instant now) {
    long confirmed =
        registrations.countByEventIdAndAttendanceAndState(
            event.id(), way, Registration.State.CONFIRMED);
    for (Registration next : registrations.waiting(event.id(), way)) {
      if (!event.terms().seatFree(way, confirmed)) {
        break;
      }
      next.promote(now);
      confirmed++;
      EventView shown = EventView.of(event, way == Attendance.ONLINE, now);
      RegistrationView view = view(next, null);
      mails.send(mails.promoted(shown, view), view.accountId());
    }
    registrations.flush();
  }

  /**
   * After an organiser changed the event (a limit raised, say), in the same transaction: seats for
   * those waiting, when the event is published.
   */
  void promoteWaiting(long eventId) {
    Event event = events.lockById(eventId).orElseThrow();
    if (event.publication() != Event.Publication.PUBLISHED) {
      return;
    }
    Instant now = Instant.now();
    promote(event, Attendance.ON_SITE, now);
    promote(event, Attendance.ONLINE, now);
  }

  private static void checkOpen(Event event, Instant now) {
    if (event.publication() != Event.Publication.PUBLISHED) {
      throw new InvalidInput("attendance", "events.error.notOpen");
    }
    if (event.past(now)) {
      throw new InvalidInput("attendance", "events.error.past");
    }
    String closed = event.terms().closedReason(now);
    if (closed != null) {
      throw new InvalidInput("attendance", closed);
    }
  }

  private static Attendance way(Event event, @Nullable String attendance) {
    return switch (event.mode()) {
      case ON_SITE -> Attendance.ON_SITE;
      case ONLINE -> Attendance.ONLINE;
      case HYBRID ->
          Attendance.of(attendance == null ? "" : attendance)
              .filter(a -> a != Attendance.HYBRID)
              .orElseThrow(() -> new InvalidInput("attendance", "events.error.chooseAttendance"));
    };
  }

  private static String language(@Nullable Locale locale) {
    return Languages.supported(locale).getLanguage();
  }

  /** Places on the waiting lists, by registration id. */
  private Map<Long, Integer> positions(long eventId) {
    Map<Long, Integer> positions = new HashMap<>();
    for (Attendance way : List.of(Attendance.ON_SITE, Attendance.ONLINE)) {
      List<Registration> line = registrations.waiting(eventId, way);
      for (int i = 0; i < line.size(); i++) {
        positions.put(line.get(i).id(), i + 1);
      }
    }
    return positions;
  }

  private RegistrationView view(Registration r, @Nullable AccountView person) {
    return view(r, person, positions(r.eventId()));
  }

  private static RegistrationView view(
      Registration r, @Nullable AccountView person, Map<Long, Integer> positions) {
    return new RegistrationView(
        requireNonNull(r.id(), "stored registration"),
        r.eventId(),
        r.accountId(),
        person == null ? "" : person.displayName(),
        person == null ? "" : person.email(),
        r.attendance().code(),
        r.state().name().toLowerCase(Locale.ROOT),
        r.language(),
        positions.getOrDefault(r.id(), 0),
        r.registeredAt(),
        r.attendedAt());
  }
}
