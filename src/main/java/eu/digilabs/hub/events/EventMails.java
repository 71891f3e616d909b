package eu.digilabs.hub.events;

import eu.digilabs.hub.notifications.Notifications;
import eu.digilabs.hub.notifications.Notifications.Attachment;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.Languages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mails of registration, in the language the person registered in, each with what that person
 * needs: the venue for on-site, the stream link for online (the mail is private to them).
 */
@Component
class EventMails {

  /**
   * A composed mail; {@code calendarOf} names the event whose calendar it carries (a confirmed
   * place, a cancelled event).
   */
  record Letter(String subject, String body, @Nullable Long calendarOf) {

    Letter(String subject, String body) {
      this(subject, body, null);
    }
  }

  /**
   * A mail to send once the change that caused it has committed: kept in the event publication
   * registry with the change, then sent by {@link #on} on another thread, so a failed write sends
   * nothing and a slow mail server never holds up a registration.
   */
  record Queued(long accountId, String subject, String body, @Nullable Long calendarOf) {}

  private final MessageSource messages;
  private final String baseUrl;
  private final ApplicationEventPublisher publisher;
  private final Notifications notifications;
  private final EventCalendarFile calendars;

  EventMails(
      MessageSource messages,
      HubProperties hub,
      ApplicationEventPublisher publisher,
      Notifications notifications,
      EventCalendarFile calendars) {
    this.calendars = calendars;
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
    this.publisher = publisher;
    this.notifications = notifications;
  }

  /** Sends the letter to the account after the current transaction commits. */
  void send(Letter letter, long accountId) {
    publisher.publishEvent(
        new Queued(accountId, letter.subject(), letter.body(), letter.calendarOf()));
  }

  /**
   * Sends a queued mail. Deliberately without a transaction of its own: looking up the address and
   * keeping the mail in the outbox each take a connection in turn, so a burst of mails never holds
   * two connections per thread (which starved the pool under a rush of registrations).
   */
  @Async
  @TransactionalEventListener
  void on(Queued mail) {
    Long event = mail.calendarOf();
    Attachment calendar = event == null ? null : calendars.of(event).orElse(null);
    notifications.mail(mail.accountId(), mail.subject(), mail.body(), calendar);
  }

  /** The confirmation carries the event's calendar (as {@code /events/{id}/calendar.ics}). */
  Letter confirmed(EventView event, RegistrationView registration) {
    return withCalendar(step("confirmed", event, registration, true, true), event);
  }

  Letter waitlisted(EventView event, RegistrationView registration) {
    return step("waitlisted", event, registration, false, true);
  }

  Letter promoted(EventView event, RegistrationView registration) {
    return withCalendar(step("promoted", event, registration, true, true), event);
  }

  Letter cancelled(EventView event, RegistrationView registration) {
    return step("cancelled", event, registration, false, false);
  }

  /** With the calendar again, whose entries now say CANCELLED, so calendars drop the event. */
  Letter eventCancelled(EventView event, RegistrationView registration) {
    return withCalendar(step("eventCancelled", event, registration, false, false), event);
  }

  /**
   * The letter with the event's calendar ({@link EventCalendarFile}, written when it is sent): the
   * same entries (UIDs, sequences) as its public feed, so a calendar that imported one and
   * subscribed to the other keeps one entry each.
   */
  private static Letter withCalendar(Letter letter, EventView event) {
    return new Letter(letter.subject(), letter.body(), event.id());
  }

  /**
   * The mail for one step of a registration ({@code events.mail.<step>} with the event's title, the
   * way of attending and the place in line): when, and where for this person when {@code place}; a
   * reminder to cancel when {@code cancelHint}, otherwise the event's page.
   */
  private Letter step(
      String step,
      EventView event,
      RegistrationView registration,
      boolean place,
      boolean cancelHint) {
    Locale locale = locale(registration);
    return letter(
        locale,
        "events.mail." + step + ".subject",
        event,
        t(
            locale,
            "events.mail." + step,
            event.title(),
            mode(locale, registration),
            registration.position()),
        place ? details(event, registration, locale) : when(event, locale),
        cancelHint ? t(locale, "events.mail.cancelHint", page(event)) : page(event));
  }

  Letter message(EventView event, String subject, String body, String from) {
    return new Letter(
        "[" + event.title() + "] " + subject,
        body + "\n\n-- \n" + from + "\n" + event.title() + "\n" + page(event) + "\n");
  }

  private Letter letter(Locale locale, String subjectKey, EventView event, String... paragraphs) {
    StringBuilder body = new StringBuilder(t(locale, "events.mail.hello")).append("\n\n");
    for (String paragraph : paragraphs) {
      body.append(paragraph.strip()).append("\n\n");
    }
    body.append(t(locale, "events.mail.signature"));
    return new Letter(t(locale, subjectKey, event.title()), body.toString());
  }

  /** When, and where for this person: the venue on-site, the stream link online. */
  private String details(EventView event, RegistrationView registration, Locale locale) {
    StringBuilder text = new StringBuilder(when(event, locale)).append('\n');
    if ("on-site".equals(registration.attendance())) {
      text.append(t(locale, "events.mail.where"))
          .append(' ')
          .append(event.venueName() == null ? "" : event.venueName());
      if (event.venueAddress() != null) {
        text.append(", ").append(event.venueAddress());
      }
    } else if (event.streamUrl() != null) {
      text.append(t(locale, "events.mail.join", event.streamUrl()));
    } else {
      text.append(t(locale, "events.mail.joinLater", page(event)));
    }
    return text.toString();
  }

  private String when(EventView event, Locale locale) {
    return t(
        locale,
        "events.mail.when",
        EventTimes.dateTime(event.startsAt(), event.zone(), locale),
        EventTimes.dateTime(event.endsAt(), event.zone(), locale),
        event.timeZone());
  }

  private String mode(Locale locale, RegistrationView registration) {
    return t(locale, "events.attendance." + registration.attendance());
  }

  private String page(EventView event) {
    return baseUrl + "/events/" + event.id();
  }

  private static Locale locale(RegistrationView registration) {
    return Languages.supported(Locale.forLanguageTag(registration.language()));
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
