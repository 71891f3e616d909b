package eu.digilabs.hub.events;

import eu.digilabs.hub.notifications.Notifications.Attachment;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's calendar as a mail attachment, written when the mail is sent (a queued mail names the
 * event only: the event publication registry keeps small facts, not files). Its own short read-only
 * transaction, so the sender never holds two connections; the same entries as the event's public
 * calendar, never the stream link.
 */
@Component
class EventCalendarFile {

  private final Events events;
  private final SessionViews sessions;
  private final Calendars calendars;

  EventCalendarFile(Events events, SessionViews sessions, Calendars calendars) {
    this.events = events;
    this.sessions = sessions;
    this.calendars = calendars;
  }

  /** The event's calendar; empty when the event is gone (or a draft again). */
  @Transactional(readOnly = true)
  public Optional<Attachment> of(long eventId) {
    return events
        .findById(eventId)
        .filter(e -> e.publication() != Event.Publication.DRAFT)
        .map(
            e ->
                new Attachment(
                    "event-" + eventId + ".ics",
                    "text/calendar; method=PUBLISH",
                    calendars.event(
                        EventView.of(e, false, Instant.now()), sessions.programmeShown(eventId))));
  }
}
