package eu.digilabs.hub.events;

import eu.digilabs.hub.shared.HubProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes iCalendar (RFC 5545) feeds: times in the event's zone with its VTIMEZONE, the session's
 * page as URL, and as location the venue for people in the room or the event page for people
 * online. The private stream link is never written into a feed.
 */
@Component
class Calendars {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
  private final String baseUrl;
  private final String host;

  Calendars(HubProperties hub) {
    this.baseUrl = hub.baseUrl();
    this.host = URI.create(hub.baseUrl()).getHost();
  }

  /** One calendar entry: a session, or an event without a programme. */
  record Item(
      String uid,
      String title,
      @Nullable String description,
      Instant start,
      Instant end,
      ZoneId zone,
      String url,
      String location,
      boolean cancelled) {}

  /** The public feed of an event: its sessions (or the event itself while it has none). */
  String event(EventView event, List<SessionView> programme) {
    List<Item> items =
        programme.isEmpty()
            ? List.of(
                new Item(
                    "event-" + event.id() + "@" + host,
                    event.title(),
                    event.description(),
                    event.startsAt(),
                    event.endsAt(),
                    event.zone(),
                    baseUrl + "/events/" + event.id(),
                    location(event, null, event.onSite()),
                    event.cancelled()))
            : programme.stream().map(s -> item(event, s, event.onSite())).toList();
    return write(event.title(), items);
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
    return new Item(
        "session-" + session.id() + "@" + host,
        session.title(),
        description.isEmpty() ? null : description.toString(),
        session.startsAt(),
        session.endsAt(),
        event.zone(),
        baseUrl + "/sessions/" + session.id(),
        location(event, session.room(), inTheRoom),
        event.cancelled());
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

  String write(String name, List<Item> items) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Digilabs Hub//Events//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + text(name));
    Set<ZoneId> used = new LinkedHashSet<>();
    items.forEach(i -> used.add(i.zone()));
    for (ZoneId zone : used) {
      TimeZone definition = zones.getTimeZone(zone.getId());
      if (definition != null) {
        // ical4j's definitions come from the IANA database it ships; lines are already folded.
        ics.append(
            definition.getVTimeZone().toString().replace("\r\n", "\n").replace("\n", "\r\n"));
      }
    }
    String stamp = UTC.format(Instant.now());
    for (Item item : items) {
      boolean named = zones.getTimeZone(item.zone().getId()) != null;
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + item.uid());
      line(ics, "DTSTAMP:" + stamp);
      line(ics, "DTSTART" + time(item.start(), item.zone(), named));
      line(ics, "DTEND" + time(item.end(), item.zone(), named));
      line(ics, "SUMMARY:" + text(item.title()));
      if (item.description() != null) {
        line(ics, "DESCRIPTION:" + text(item.description()));
      }
      line(ics, "URL:" + item.url());
      line(ics, "LOCATION:" + text(item.location()));
      line(ics, "STATUS:" + (item.cancelled() ? "CANCELLED" : "CONFIRMED"));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static String time(Instant instant, ZoneId zone, boolean named) {
    return named
        ? ";TZID=" + zone.getId() + ":" + LOCAL.format(instant.atZone(zone))
        : ":" + UTC.format(instant);
  }

  /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
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
