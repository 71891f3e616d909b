package eu.digilabs.hub.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A programme slot as pages and the API show it, with its room, speakers (each on-site or remote)
 * and materials. {@code start}/{@code end} are wall-clock times in the event's zone.
 */
public record SessionView(
    long id,
    long eventId,
    String title,
    String kind,
    Instant startsAt,
    Instant endsAt,
    LocalDateTime start,
    LocalDateTime end,
    @Nullable Long roomId,
    @Nullable String room,
    @Nullable String summary,
    @Nullable String language,
    List<SpeakerOnSession> speakers,
    List<MaterialView> materials,
    long version,
    @Nullable Instant updatedAt) {

  /** A speaker on a session and whether they join remotely. */
  public record SpeakerOnSession(
      long id, String name, @Nullable String organisation, boolean remote) {}

  /** Slides, a recording or a link: {@code kind} is slides, recording or link. */
  public record MaterialView(String kind, @Nullable String title, @Nullable String url) {}

  @JsonIgnore
  public LocalDate day() {
    return start.toLocalDate();
  }

  @JsonIgnore
  public boolean isBreak() {
    return "break".equals(kind);
  }

  boolean overlaps(SessionView other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }
}
