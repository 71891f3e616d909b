package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.events.SpeakerView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Commands filled from what is stored, for edit forms, and the choices the forms offer. */
final class EventForms {

  /** Zones offered in the form: Europe's, then a few others labs meet in. */
  static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.startsWith("Europe/") || z.equals("UTC") || z.startsWith("Atlantic/"))
          .sorted()
          .toList();

  private EventForms() {}

  static EventCommand command(EventView e) {
    return new EventCommand(
        e.title(),
        e.description(),
        e.type(),
        e.mode(),
        e.venueName(),
        e.venueAddress(),
        e.timeZone(),
        e.start(),
        e.end(),
        e.labIds(),
        e.languages(),
        e.capacityOnSite(),
        e.capacityOnline(),
        e.registrationOpens() == null ? null : local(e, e.registrationOpens()),
        e.registrationCloses() == null ? null : local(e, e.registrationCloses()),
        e.membersOnly(),
        e.streamUrl(),
        e.version());
  }

  static EventCommand empty(@Nullable Long lab) {
    LocalDateTime start = LocalDateTime.now().plusMonths(1).withHour(10).withMinute(0);
    return new EventCommand(
        null,
        null,
        "conference",
        "hybrid",
        null,
        null,
        "Europe/Berlin",
        start.withSecond(0).withNano(0),
        start.withHour(17).withSecond(0).withNano(0),
        lab == null ? List.of() : List.of(lab),
        List.of("de"),
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }

  static SessionCommand command(SessionView s) {
    return new SessionCommand(
        s.title(),
        s.kind(),
        s.start(),
        s.end(),
        s.room(),
        s.summary(),
        s.language(),
        s.speakers().stream().filter(p -> !p.remote()).map(p -> p.id()).toList(),
        s.speakers().stream().filter(p -> p.remote()).map(p -> p.id()).toList(),
        s.version());
  }

  static SessionCommand emptySession(EventView e) {
    return new SessionCommand(
        null,
        "talk",
        e.start(),
        e.start().plusHours(1),
        null,
        null,
        null,
        List.of(),
        List.of(),
        null);
  }

  static SpeakerCommand command(SpeakerView s, @Nullable String accountEmail) {
    return new SpeakerCommand(
        s.name(), s.role(), s.organisation(), s.bio(), accountEmail, s.version());
  }

  static Map<String, String> zones() {
    Map<String, String> zones = new LinkedHashMap<>();
    ZONES.forEach(z -> zones.put(z, z.replace('_', ' ')));
    return zones;
  }

  private static LocalDateTime local(EventView e, Instant instant) {
    return instant.atZone(e.zone()).toLocalDateTime();
  }
}
