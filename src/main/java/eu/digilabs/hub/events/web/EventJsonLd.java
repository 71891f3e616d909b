package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.Attendance;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.web.JsonLd;
import eu.digilabs.hub.web.PageMeta;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * schema.org {@code Event} data for an event page: attendance mode, the venue as {@code Place} and
 * the event page as {@code VirtualLocation} (never the private stream link), organisers and
 * sessions as sub-events.
 */
@Component
class EventJsonLd {

  private final String baseUrl;

  EventJsonLd(HubProperties hub) {
    this.baseUrl = hub.baseUrl();
  }

  /** The page's metadata with the JSON, safe inside a script element. */
  PageMeta meta(EventView event, List<SessionView> programme, Map<Long, String> labs) {
    return new PageMeta(
        event.description(),
        "website",
        baseUrl + "/events/" + event.id(),
        of(event, programme, labs));
  }

  /** The JSON, safe inside a script element ({@code <} escaped). */
  String of(EventView event, List<SessionView> programme, Map<Long, String> labs) {
    String page = baseUrl + "/events/" + event.id();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "Event");
    data.put("name", event.title());
    if (event.description() != null) {
      data.put("description", Markdown.plain(event.description(), 1000));
    }
    data.put("url", page);
    data.put("startDate", iso(event.startsAt(), event.zone()));
    data.put("endDate", iso(event.endsAt(), event.zone()));
    data.put(
        "eventStatus",
        event.cancelled()
            ? "https://schema.org/EventCancelled"
            : "https://schema.org/EventScheduled");
    data.put("eventAttendanceMode", Attendance.of(event.mode()).orElseThrow().schemaOrg());
    List<Object> locations = new ArrayList<>();
    if (event.onSite() && event.venueName() != null) {
      Map<String, Object> place = new LinkedHashMap<>();
      place.put("@type", "Place");
      place.put("name", event.venueName());
      if (event.venueAddress() != null) {
        place.put("address", event.venueAddress());
      }
      locations.add(place);
    }
    if (event.online()) {
      locations.add(Map.of("@type", "VirtualLocation", "url", page));
    }
    data.put("location", locations.size() == 1 ? locations.get(0) : locations);
    if (!event.languages().isEmpty()) {
      data.put("inLanguage", event.languages());
    }
    data.put(
        "organizer",
        labs.entrySet().stream()
            .map(
                l ->
                    Map.of(
                        "@type",
                        "Organization",
                        "name",
                        l.getValue(),
                        "url",
                        baseUrl + "/labs/" + l.getKey()))
            .toList());
    data.put(
        "subEvent",
        programme.stream()
            .filter(s -> !s.isBreak())
            .map(
                s -> {
                  Map<String, Object> sub = new LinkedHashMap<>();
                  sub.put("@type", "Event");
                  sub.put("name", s.title());
                  sub.put("url", baseUrl + "/sessions/" + s.id());
                  sub.put("startDate", iso(s.startsAt(), event.zone()));
                  sub.put("endDate", iso(s.endsAt(), event.zone()));
                  if (!s.speakers().isEmpty()) {
                    sub.put(
                        "performer",
                        s.speakers().stream()
                            .map(p -> Map.of("@type", "Person", "name", p.name()))
                            .toList());
                  }
                  return sub;
                })
            .toList());
    return JsonLd.script(data);
  }

  private static String iso(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
