package eu.digilabs.hub.events;

import java.time.LocalDateTime;
import java.util.List;

/** Events and sessions with only what a test cares about set, through builders. */
public final class EventFixtures {

  private EventFixtures() {}

  /** A published-ready hybrid event in Lübeck's zone; set what the test cares about. */
  public static EventBuilder event() {
    return new EventBuilder();
  }

  /** A talk in English; set what the test cares about. */
  public static SessionBuilder session() {
    return new SessionBuilder();
  }

  /** A published-ready hybrid event in Lübeck's zone with the given on-site seats. */
  public static EventCommand hybrid(
      String title, long lab, LocalDateTime start, LocalDateTime end, Integer seats) {
    return event().title(title).lab(lab).from(start).to(end).seats(seats).build();
  }

  public static SessionCommand session(
      String title, LocalDateTime start, LocalDateTime end, String room, List<Long> speakers) {
    return session().title(title).from(start).to(end).room(room).speakers(speakers).build();
  }

  /** Builds an {@link EventCommand}; every field starts from a valid hybrid workshop. */
  public static final class EventBuilder {
    private String title = "Test event";
    private String description = "A test event.";
    private String type = "workshop";
    private String mode = "hybrid";
    private String venueName = "Test venue";
    private String venueAddress = "Teststraße 1, 23562 Lübeck";
    private String timeZone = "Europe/Berlin";
    private LocalDateTime start = LocalDateTime.of(2030, 5, 6, 9, 0);
    private LocalDateTime end = LocalDateTime.of(2030, 5, 6, 17, 0);
    private List<Long> labIds = List.of();
    private List<String> languages = List.of("de", "en");
    private Integer seats;
    private Integer onlineSeats;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private boolean membersOnly;
    private String streamUrl = "https://stream.example.org/secret-room-42";
    private Long version;

    private EventBuilder() {}

    public EventBuilder title(String title) {
      this.title = title;
      return this;
    }

    public EventBuilder description(String description) {
      this.description = description;
      return this;
    }

    public EventBuilder languages(List<String> languages) {
      this.languages = languages;
      return this;
    }

    public EventBuilder type(String type) {
      this.type = type;
      return this;
    }

    /** on-site, online or hybrid. */
    public EventBuilder mode(String mode) {
      this.mode = mode;
      return this;
    }

    public EventBuilder venue(String name) {
      this.venueName = name;
      return this;
    }

    public EventBuilder zone(String timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    public EventBuilder from(LocalDateTime start) {
      this.start = start;
      return this;
    }

    public EventBuilder to(LocalDateTime end) {
      this.end = end;
      return this;
    }

    public EventBuilder lab(long lab) {
      this.labIds = List.of(lab);
      return this;
    }

    public EventBuilder labs(List<Long> labIds) {
      this.labIds = labIds;
      return this;
    }

    /** On-site seats; null for unlimited. */
    public EventBuilder seats(Integer seats) {
      this.seats = seats;
      return this;
    }

    /** Online seats; null for unlimited. */
    public EventBuilder onlineSeats(Integer seats) {
      this.onlineSeats = seats;
      return this;
    }

    /** The registration window (either end may be null). */
    public EventBuilder registration(LocalDateTime opens, LocalDateTime closes) {
      this.registrationOpens = opens;
      this.registrationCloses = closes;
      return this;
    }

    public EventBuilder membersOnly() {
      this.membersOnly = true;
      return this;
    }

    public EventBuilder stream(String url) {
      this.streamUrl = url;
      return this;
    }

    public EventBuilder version(Long version) {
      this.version = version;
      return this;
    }

    public EventCommand build() {
      return new EventCommand(
          title,
          description,
          type,
          mode,
          venueName,
          venueAddress,
          timeZone,
          start,
          end,
          labIds,
          languages,
          seats,
          onlineSeats,
          registrationOpens,
          registrationCloses,
          membersOnly,
          streamUrl,
          version);
    }
  }

  /** Builds a {@link SessionCommand}; every field starts from a valid talk. */
  public static final class SessionBuilder {
    private String title = "Test session";
    private String kind = "talk";
    private LocalDateTime start = LocalDateTime.of(2030, 5, 6, 10, 0);
    private LocalDateTime end = LocalDateTime.of(2030, 5, 6, 11, 0);
    private String room;
    private String language = "en";
    private String summary;
    private List<Long> speakers = List.of();
    private List<Long> remoteSpeakers = List.of();

    private SessionBuilder() {}

    public SessionBuilder title(String title) {
      this.title = title;
      return this;
    }

    public SessionBuilder kind(String kind) {
      this.kind = kind;
      return this;
    }

    public SessionBuilder from(LocalDateTime start) {
      this.start = start;
      return this;
    }

    public SessionBuilder to(LocalDateTime end) {
      this.end = end;
      return this;
    }

    public SessionBuilder room(String room) {
      this.room = room;
      return this;
    }

    public SessionBuilder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public SessionBuilder language(String language) {
      this.language = language;
      return this;
    }

    public SessionBuilder speakers(List<Long> speakers) {
      this.speakers = speakers;
      return this;
    }

    public SessionBuilder remoteSpeakers(List<Long> speakers) {
      this.remoteSpeakers = speakers;
      return this;
    }

    public SessionCommand build() {
      return new SessionCommand(
          title,
          kind,
          start,
          end,
          room,
          summary != null ? summary : "About " + title,
          language,
          speakers,
          remoteSpeakers,
          null);
    }
  }
}
