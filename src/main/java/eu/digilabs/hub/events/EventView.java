package eu.digilabs.hub.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as pages and the API show it. {@code status} is draft, published, cancelled or past;
 * times are instants, {@code start}/{@code end} the same in the event's zone. {@code streamUrl} is
 * filled only for its organisers and people registered online.
 */
public record EventView(
    long id,
    String title,
    @Nullable String description,
    String type,
    String mode,
    @Nullable String venueName,
    @Nullable String venueAddress,
    String timeZone,
    Instant startsAt,
    Instant endsAt,
    LocalDateTime start,
    LocalDateTime end,
    String status,
    @Nullable Integer capacityOnSite,
    @Nullable Integer capacityOnline,
    @Nullable Instant registrationOpens,
    @Nullable Instant registrationCloses,
    boolean membersOnly,
    List<Long> labIds,
    List<String> languages,
    @Nullable String streamUrl,
    boolean demo,
    long version,
    Instant updatedAt) {

  static EventView of(Event e, boolean withStream, Instant now) {
    ZoneId zone = e.zone();
    return new EventView(
        e.id(),
        e.title(),
        e.description(),
        e.type().code(),
        e.mode().code(),
        e.venueName(),
        e.venueAddress(),
        e.timeZone(),
        e.startsAt(),
        e.endsAt(),
        EventTimes.local(e.startsAt(), zone),
        EventTimes.local(e.endsAt(), zone),
        status(e, now),
        e.terms().capacityOnSite(),
        e.terms().capacityOnline(),
        e.terms().registrationOpens(),
        e.terms().registrationCloses(),
        e.membersOnly(),
        List.copyOf(e.labIds()),
        List.copyOf(e.languages()),
        withStream ? e.streamUrl() : null,
        e.demo(),
        e.version(),
        e.updatedAt());
  }

  static String status(Event e, Instant now) {
    return switch (e.publication()) {
      case DRAFT -> "draft";
      case CANCELLED -> "cancelled";
      case PUBLISHED -> e.past(now) ? "past" : "published";
    };
  }

  @JsonIgnore
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  @JsonIgnore
  public boolean draft() {
    return "draft".equals(status);
  }

  @JsonIgnore
  public boolean cancelled() {
    return "cancelled".equals(status);
  }

  @JsonIgnore
  public boolean past() {
    return "past".equals(status);
  }

  @JsonIgnore
  public boolean hybrid() {
    return "hybrid".equals(mode);
  }

  @JsonIgnore
  public boolean onSite() {
    return !"online".equals(mode);
  }

  @JsonIgnore
  public boolean online() {
    return !"on-site".equals(mode);
  }
}
