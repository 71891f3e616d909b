package eu.digilabs.hub.events;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One slot of an event's programme: a keynote, talk, panel, workshop or break, in a room, with
 * speakers on-site or remote, and afterwards its slides, recordings and links.
 */
@Entity
@Table(name = "event_session")
@Indexed
class EventSession {

  /** A speaker on this session, in the room or joining remotely. */
  @Embeddable
  record Slot(@Column(name = "speaker_id") Long speakerId, boolean remote) {}

  /** Slides, a recording or a link attached after the session. */
  @Embeddable
  record Material(String kind, String title, String url) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private Event event;

  @SearchTitle private @Nullable String title;

  @Enumerated(EnumType.STRING)
  private @Nullable SessionKind kind;

  @Column(name = "starts_at")
  private @Nullable Instant startsAt;

  @Column(name = "ends_at")
  private @Nullable Instant endsAt;

  @Column(name = "room_id")
  private @Nullable Long roomId;

  @SearchText private @Nullable String summary;

  @Column(name = "content_language")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private @Nullable String language;

  @Column(name = "source_uid")
  private @Nullable String sourceUid;

  @Version private long version;

  /** When the session last changed; empty for sessions older than this column. */
  @Column(name = "updated_at")
  private @Nullable Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "session_speaker", joinColumns = @JoinColumn(name = "session_id"))
  private List<Slot> speakers = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "session_material", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<Material> materials = new ArrayList<>();

  protected EventSession() {}

  EventSession(Event event) {
    this.event = event;
  }

  void apply(
      String title,
      SessionKind kind,
      Instant startsAt,
      Instant endsAt,
      @Nullable Long roomId,
      @Nullable String summary,
      @Nullable String language,
      List<Slot> speakers) {
    this.title = title.strip();
    this.kind = kind;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.roomId = roomId;
    this.summary = blank(summary);
    this.language = blank(language);
    this.speakers.clear();
    this.speakers.addAll(kind == SessionKind.BREAK ? List.of() : speakers);
    this.updatedAt = Instant.now();
  }

  void sourceUid(@Nullable String uid) {
    this.sourceUid = uid;
  }

  void materials(List<Material> materials) {
    this.materials.clear();
    this.materials.addAll(materials);
    this.updatedAt = Instant.now();
  }

  /** Search: visible with its event. */
  @GenericField(name = VISIBLE)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath({
          @PropertyValue(propertyName = "event"),
          @PropertyValue(propertyName = "publication")
        }),
        @ObjectPath({
          @PropertyValue(propertyName = "event"),
          @PropertyValue(propertyName = "membersOnly")
        })
      })
  public boolean isSearchVisible() {
    return event.publicOnes() && kind != SessionKind.BREAK;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "session";
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "session:" + id;
  }

  @GenericField(name = LAB, projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom =
          @ObjectPath({
            @PropertyValue(propertyName = "event"),
            @PropertyValue(propertyName = "labIds")
          }))
  public @Nullable Long getSearchLab() {
    return event.getSearchLab();
  }

  @KeywordField(name = EVENT_TYPE, aggregable = Aggregable.YES)
  @IndexingDependency(
      derivedFrom =
          @ObjectPath({
            @PropertyValue(propertyName = "event"),
            @PropertyValue(propertyName = "type")
          }))
  public String getSearchEventType() {
    return event.type().code();
  }

  @KeywordField(name = ATTENDANCE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom =
          @ObjectPath({
            @PropertyValue(propertyName = "event"),
            @PropertyValue(propertyName = "mode")
          }))
  public String getSearchAttendance() {
    return event.mode().code();
  }

  @KeywordField(name = MONTH, aggregable = Aggregable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "startsAt")),
        @ObjectPath({
          @PropertyValue(propertyName = "event"),
          @PropertyValue(propertyName = "timeZone")
        })
      })
  public String getSearchMonth() {
    return EventTimes.month(startsAt(), event.zone());
  }

  @GenericField(name = YEAR, aggregable = Aggregable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "startsAt")),
        @ObjectPath({
          @PropertyValue(propertyName = "event"),
          @PropertyValue(propertyName = "timeZone")
        })
      })
  public Integer getSearchYear() {
    return startsAt().atZone(event.zone()).getYear();
  }

  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom =
          @ObjectPath({
            @PropertyValue(propertyName = "event"),
            @PropertyValue(propertyName = "publication")
          }))
  public @Nullable String getSearchStatus() {
    return event.getSearchStatus();
  }

  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary"))
      })
  public @Nullable String getSearchMeaning() {
    return joined(title, summary);
  }

  @SuppressWarnings("NullAway") // read from stored sessions only: Hibernate has set the id
  Long id() {
    return id;
  }

  Event event() {
    return event;
  }

  @SuppressWarnings("NullAway") // set by apply() before a session is stored
  String title() {
    return title;
  }

  @SuppressWarnings("NullAway") // set by apply() before a session is stored
  SessionKind kind() {
    return kind;
  }

  @SuppressWarnings("NullAway") // set by apply() before a session is stored
  Instant startsAt() {
    return startsAt;
  }

  @SuppressWarnings("NullAway") // set by apply() before a session is stored
  Instant endsAt() {
    return endsAt;
  }

  @Nullable Long roomId() {
    return roomId;
  }

  @Nullable String summary() {
    return summary;
  }

  @Nullable String language() {
    return language;
  }

  @Nullable String sourceUid() {
    return sourceUid;
  }

  long version() {
    return version;
  }

  @Nullable Instant updatedAt() {
    return updatedAt;
  }

  List<Slot> speakers() {
    return speakers;
  }

  List<Material> materials() {
    return materials;
  }

  boolean overlaps(Instant start, Instant end) {
    return startsAt().isBefore(end) && start.isBefore(endsAt());
  }

  Set<Long> speakerIds() {
    Set<Long> ids = new LinkedHashSet<>();
    speakers.forEach(s -> ids.add(s.speakerId()));
    return ids;
  }
}
