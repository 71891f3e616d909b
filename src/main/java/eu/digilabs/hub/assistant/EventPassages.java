package eu.digilabs.hub.assistant;

import static eu.digilabs.hub.assistant.PassageCutter.joined;
import static eu.digilabs.hub.assistant.PassageCutter.joinedWith;
import static eu.digilabs.hub.assistant.PassageCutter.sentence;

import eu.digilabs.hub.assistant.Passage.Source;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventSummary;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.shared.text.Markdown;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The passages of events: an event's public description and its sessions (with speakers and day)
 * form one group, {@code event:3}. Drafts and members-only events have none.
 */
@Component
class EventPassages {

  /** Events are listed this many at a time. */
  static final int PAGE = 100;

  private final EventService events;

  EventPassages(EventService events) {
    this.events = events;
  }

  /** The ids of every event a visitor may see, upcoming and past. */
  List<Long> ids() {
    List<Long> ids = new ArrayList<>();
    for (boolean upcoming : new boolean[] {true, false}) {
      for (int page = 0; ; page++) {
        var found = events.list(null, null, upcoming, page, PAGE);
        found.getContent().stream().map(EventSummary::id).forEach(ids::add);
        if (!found.hasNext()) {
          break;
        }
      }
    }
    return ids;
  }

  /** Adds the passages of the event {@code key} to {@code out}, if a visitor may see it. */
  void passages(String group, String key, List<Passage> out) {
    PassageSources.visible(() -> events.get(Long.parseLong(key)))
        .filter(e -> !e.membersOnly() && !"draft".equals(e.status()))
        .ifPresent(e -> event(group, e, out));
  }

  private void event(String group, EventView e, List<Passage> out) {
    // The public view: never the stream link.
    Locale locale = Locale.ENGLISH;
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    String when =
        e.start().toLocalDate().equals(e.end().toLocalDate())
            ? e.start().format(day)
            : e.start().format(day) + " – " + e.end().format(day);
    String where = joinedWith(", ", e.venueName(), e.venueAddress());
    Source source =
        new Source(
            "event",
            e.id(),
            e.title(),
            "/events/" + e.id(),
            e.languages().size() == 1 ? e.languages().get(0) : null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            e.labIds().isEmpty() ? null : e.labIds().get(0),
            List.of());
    new PassageCutter(group, source, out)
        .section(
            null,
            joined(
                sentence(
                    e.title()
                        + ": "
                        + e.type()
                        + ", "
                        + e.mode()
                        + ", "
                        + when
                        + (where.isEmpty() ? "" : ", " + where)
                        + ("cancelled".equals(e.status()) ? " (cancelled)" : "")),
                Markdown.plain(e.description(), 20_000)));
    for (SessionView s : events.programme(e.id())) {
      if ("break".equals(s.kind())) {
        continue;
      }
      String speakers =
          String.join(
              ", ",
              s.speakers().stream()
                  .map(
                      p ->
                          p.name()
                              + (p.organisation() == null || p.organisation().isBlank()
                                  ? ""
                                  : " (" + p.organisation() + ")"))
                  .toList());
      Source session =
          new Source(
              "session",
              s.id(),
              s.title() + " – " + e.title(),
              "/sessions/" + s.id(),
              s.language(),
              null,
              null,
              null,
              List.of(),
              List.of(),
              source.labId(),
              List.of());
      // Who speaks and when is the section's heading: it counts for finding the session, but is
      // not quoted as a sentence of its own.
      String heading =
          joinedWith(
              " · ",
              speakers.isEmpty() ? null : "Speakers: " + speakers,
              s.start().atZone(ZoneId.of(e.timeZone())).format(day));
      new PassageCutter(group, session, out).section(heading, s.summary());
    }
  }
}
