package eu.digilabs.hub.events;

import static eu.digilabs.hub.shared.text.Values.cut;

import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an event's programme from a calendar file: each valid entry becomes a session (or updates
 * the one imported before from the same UID) under the programme's rules.
 */
@Service
public class ProgrammeImport {

  private final Sessions sessions;
  private final EventAccess access;
  private final ProgrammeRules rules;
  private final IcsImport ics;
  private final MessageSource messages;
  private final ApplicationEventPublisher publisher;

  ProgrammeImport(
      Sessions sessions,
      EventAccess access,
      ProgrammeRules rules,
      IcsImport ics,
      MessageSource messages,
      ApplicationEventPublisher publisher) {
    this.sessions = sessions;
    this.access = access;
    this.rules = rules;
    this.ics = ics;
    this.messages = messages;
    this.publisher = publisher;
  }

  /** An entry's times in the event's zone, once both are known. */
  private record Times(Instant start, Instant end) {}

  /**
   * Creates or updates (by UID) the event's sessions from the entries of a calendar file, as far as
   * each is valid: entries without a title or times, all-day entries, recurring or conflicting
   * ones, and those outside the event are reported and skipped.
   */
  @Transactional
  public ImportReport importProgramme(long eventId, byte[] file, String fileName, Locale locale) {
    Event event = access.managed(eventId);
    ImportReport report = new ImportReport();
    List<IcsImport.Entry> entries = ics.read(file, fileName, report, locale);
    report.addToTotal(entries.size());
    int count = 0;
    for (IcsImport.Entry entry : entries) {
      if (++count > IcsImport.MAX_ENTRIES) {
        report.skipped(fileName, entry.line(), ics.t(locale, "events.import.tooMany"));
      } else {
        take(event, entry, fileName, locale, report);
      }
    }
    sessions.flush();
    publisher.publishEvent(new EventChanged(eventId));
    return report;
  }

  private void take(
      Event event, IcsImport.Entry entry, String fileName, Locale locale, ImportReport report) {
    String problem = entry.problem();
    if (problem == null && (entry.title() == null || entry.start() == null)) {
      problem = ics.t(locale, "events.import.missing");
    } else if (problem == null && IcsImport.allDay(entry.start())) {
      problem = ics.t(locale, "events.import.allDay");
    }
    Optional<Times> times = problem == null ? times(entry, event) : Optional.empty();
    if (problem == null && times.isEmpty()) {
      problem = ics.t(locale, "events.import.missing");
    }
    if (problem != null) {
      report.skipped(fileName, entry.line(), problem);
      return;
    }
    String uid = entry.uid() == null ? null : cut(entry.uid(), 500);
    Optional<EventSession> existing =
        uid == null ? Optional.empty() : sessions.bySourceUid(event.id(), uid);
    EventSession session = existing.orElseGet(() -> new EventSession(event));
    try {
      rules.apply(event, session, command(entry, times.orElseThrow(), event));
    } catch (InvalidInput e) {
      FieldProblem first = e.problems().get(0);
      String why = messages.getMessage(first.code(), first.args(), first.code(), locale);
      report.skipped(fileName, entry.line(), "%s: %s".formatted(entry.title(), why));
      return;
    }
    if (entry.recurring()) {
      report.note(fileName, entry.line(), ics.t(locale, "events.import.recurring"));
    }
    if (existing.isPresent()) {
      report.updated();
    } else {
      session.sourceUid(uid);
      sessions.save(session);
      event.add(session);
      report.created();
    }
  }

  private static Optional<Times> times(IcsImport.Entry entry, Event event) {
    Temporal first = entry.start();
    Temporal last = entry.end();
    Instant start = first == null ? null : IcsImport.instant(first, event.zone());
    Instant end = last == null ? null : IcsImport.instant(last, event.zone());
    return start == null || end == null ? Optional.empty() : Optional.of(new Times(start, end));
  }

  private static SessionCommand command(IcsImport.Entry entry, Times times, Event event) {
    return new SessionCommand(
        cut(entry.title(), 300),
        SessionKind.TALK.code(),
        EventTimes.local(times.start(), event.zone()),
        EventTimes.local(times.end(), event.zone()),
        entry.location() == null ? null : cut(entry.location(), 200),
        entry.summary() == null ? null : cut(entry.summary(), 10000),
        null,
        List.of(),
        List.of(),
        null);
  }
}
