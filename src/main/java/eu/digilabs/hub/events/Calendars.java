package eu.digilabs.hub.events;

import eu.digilabs.hub.shared.HubProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes iCalendar (RFC 5545) with ical4j's model: times in the event's zone with its VTIMEZONE,
 * the session's page as URL, and as location the venue for people in the room or the event page for
 * people online. Every entry carries what calendar clients need to apply a change to what they
 * imported: a stable UID, a SEQUENCE that grows with every change (the rows' versions),
 * LAST-MODIFIED and {@code STATUS:CANCELLED} for a cancelled event. The private stream link is
 * never written.
 *
 * <p>ical4j escapes the values; lines are folded here at 75 octets, never inside a character
 * (ical4j folds by characters, which lets a line of umlauts grow past the limit).
 */
@Component
class Calendars {

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
  private final String baseUrl;
  private final String host;

  Calendars(HubProperties hub) {
    this.baseUrl = hub.baseUrl();
    String name = URI.create(hub.baseUrl()).getHost();
    this.host = name == null ? "localhost" : name;
  }

  /**
   * One calendar entry: a session, or an event without a programme.
   *
   * @param sequence grows with every change of the entry (RFC 5545, 3.8.7.4)
   * @param lastModified when the entry last changed
   */
  record Item(
      String uid,
      String title,
      @Nullable String description,
      Instant start,
      Instant end,
      ZoneId zone,
      String url,
      String location,
      boolean cancelled,
      long sequence,
      Instant lastModified) {}

  /** The public feed of an event: its sessions (or the event itself while it has none). */
  String event(EventView event, List<SessionView> programme) {
    List<Item> items =
        programme.isEmpty()
            ? List.of(whole(event))
            : programme.stream().map(s -> item(event, s, event.onSite())).toList();
    return write(event.title(), items);
  }

  /** One session of an event, as its entry in the event's feed. */
  String session(EventView event, SessionView session) {
    return write(session.title(), List.of(item(event, session, event.onSite())));
  }

  /** Events as one entry each (their programmes left out), for the calendars of many events. */
  String events(String name, List<EventView> events) {
    return write(name, events.stream().map(this::whole).toList());
  }

  /** A member's agenda; the location follows how they attend each event. */
  String agenda(String name, List<AgendaService.Entry> entries, Set<Long> onSiteEvents) {
    return write(
        name,
        entries.stream()
            .map(
                e ->
                    item(
                        e.event(),
                        e.session(),
                        onSiteEvents.contains(e.event().id()) || !e.event().online()))
            .toList());
  }

  private Item whole(EventView event) {
    return new Item(
        "event-" + event.id() + "@" + host,
        event.title(),
        event.description(),
        event.startsAt(),
        event.endsAt(),
        event.zone(),
        baseUrl + "/events/" + event.id(),
        location(event, null, event.onSite()),
        event.cancelled(),
        event.version(),
        event.updatedAt());
  }

  /**
   * A session's entry: it changes when the session or its event changes (times, place, a
   * cancellation), so its sequence adds both versions, each of which only grows.
   */
  private Item item(EventView event, SessionView session, boolean inTheRoom) {
    StringBuilder description = new StringBuilder();
    if (!session.speakers().isEmpty()) {
      description.append(
          String.join(
              ", ",
              session.speakers().stream()
                  .map(s -> s.name() + (s.remote() ? " (remote)" : ""))
                  .toList()));
    }
    if (session.summary() != null) {
      description.append(description.isEmpty() ? "" : "\n\n").append(session.summary());
    }
    Instant changed = session.updatedAt();
    return new Item(
        "session-" + session.id() + "@" + host,
        session.title(),
        description.isEmpty() ? null : description.toString(),
        session.startsAt(),
        session.endsAt(),
        event.zone(),
        baseUrl + "/sessions/" + session.id(),
        location(event, session.room(), inTheRoom),
        event.cancelled(),
        event.version() + session.version(),
        changed == null || changed.isBefore(event.updatedAt()) ? event.updatedAt() : changed);
  }

  /** The venue (and room) for people there; the event page for people online. */
  private String location(EventView event, @Nullable String room, boolean inTheRoom) {
    String page = baseUrl + "/events/" + event.id();
    if (!inTheRoom || !event.onSite() || event.venueName() == null) {
      return page;
    }
    StringBuilder place = new StringBuilder(event.venueName());
    if (event.venueAddress() != null) {
      place.append(", ").append(event.venueAddress());
    }
    if (room != null) {
      place.append(" (").append(room).append(')');
    }
    return place.toString();
  }

  /**
   * A text with every line break as {@code \n}: ical4j escapes CRLF and LF, but a lone CR would
   * reach the file raw, and many readers take it for the end of the line (a forged property).
   */
  static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  String write(String name, List<Item> items) {
    Calendar calendar = new Calendar();
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new ProdId("-//Digilabs Hub//Events//EN"));
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Set<ZoneId> used = new LinkedHashSet<>();
    items.forEach(i -> used.add(i.zone()));
    for (ZoneId zone : used) {
      TimeZone definition = zones.getTimeZone(zone.getId());
      if (definition != null) {
        // ical4j's definitions come from the IANA database it ships.
        calendar.add(definition.getVTimeZone());
      }
    }
    Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (Item item : items) {
      VEvent entry =
          new VEvent(
              time(item.start(), item.zone()), time(item.end(), item.zone()), lines(item.title()));
      entry.add(new Uid(item.uid()));
      entry.add(new DtStamp(stamp));
      entry.add(new Sequence((int) Math.min(Integer.MAX_VALUE, item.sequence())));
      entry.add(new LastModified(item.lastModified().truncatedTo(ChronoUnit.SECONDS)));
      if (item.description() != null) {
        entry.add(new Description(lines(item.description())));
      }
      entry.add(new Url(URI.create(item.url())));
      entry.add(new Location(lines(item.location())));
      entry.add(
          item.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
      calendar.add(entry);
    }
    StringBuilder ics = new StringBuilder();
    String unfolded = calendar.toString().replace("\r\n ", "").replace("\r\n\t", "");
    for (String content : unfolded.split("\r?\n")) {
      if (!content.isEmpty()) {
        line(ics, content);
      }
    }
    return ics.toString();
  }

  /** In the zone with its TZID where ical4j knows the zone, else in UTC. */
  private Temporal time(Instant instant, ZoneId zone) {
    return zones.getTimeZone(zone.getId()) != null ? instant.atZone(zone) : instant;
  }

  /** Writes a content line folded at 75 octets, never inside a UTF-8 character (3.1). */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
