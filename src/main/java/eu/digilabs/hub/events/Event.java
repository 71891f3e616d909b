package eu.digilabs.hub.events;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.replace;
import static java.util.Objects.requireNonNull;

import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A conference, workshop, webinar or lab session. Times are instants; the event's time zone says
 * how they are shown. The stream link is private: it is never indexed and never on public pages.
 */
@Entity
@Table(name = "hub_event")
@Indexed
class Event {

  /** Drafts are seen by organisers only; a cancelled event stays visible, marked as cancelled. */
  enum Publication {
    DRAFT,
    PUBLISHED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @SearchTitle private String title;

  @SearchText private @Nullable String description;

  @Column(name = "event_type")
  @Enumerated(EnumType.STRING)
  private EventType type;

  @Column(name = "attendance_mode")
  @Enumerated(EnumType.STRING)
  private Attendance mode;

  @Column(name = "venue_name")
  private @Nullable String venueName;

  @Column(name = "venue_address")
  private @Nullable String venueAddress;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private Publication publication = Publication.DRAFT;

  /** Seats and the registration window; null when none is set (Hibernate loads no columns). */
  @Embedded private @Nullable RegistrationTerms terms;

  @Column(name = "members_only")
  private boolean membersOnly;

  @Column(name = "stream_url")
  private @Nullable String streamUrl;

  private boolean demo;

  @Column(name = "created_by")
  private @Nullable Long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "event_lab", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "lab_id")
  private Set<Long> labIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "event_language", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "code")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private Set<String> languages = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "account_id")
  private Set<Long> organiserIds = new LinkedHashSet<>();

  @OneToMany(mappedBy = "event")
  private List<EventSession> sessions = new ArrayList<>();

  protected Event() {}

  Event(EventCommand command, @Nullable Long createdBy) {
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    if (createdBy != null) {
      organiserIds.add(createdBy);
    }
    write(command);
  }

  void apply(EventCommand command) {
    write(command);
  }

  private void write(EventCommand command) {
    ZoneId zone = ZoneId.of(requireNonNull(command.timeZone(), "timeZone"));
    this.title = requireNonNull(command.title(), "title").strip();
    this.description = blank(command.description());
    this.type = EventType.of(command.type()).orElseThrow();
    this.mode = Attendance.of(command.mode()).orElseThrow();
    this.venueName = mode.onSite() ? blank(command.venueName()) : null;
    this.venueAddress = mode.onSite() ? blank(command.venueAddress()) : null;
    this.timeZone = zone.getId();
    this.startsAt = EventTimes.instant(requireNonNull(command.start(), "start"), zone);
    this.endsAt = EventTimes.instant(requireNonNull(command.end(), "end"), zone);
    this.terms = RegistrationTerms.of(command, mode, zone);
    this.membersOnly = Boolean.TRUE.equals(command.membersOnly());
    this.streamUrl = mode.online() ? blank(command.streamUrl()) : null;
    replace(labIds, command.labIds());
    replace(languages, command.languages());
    this.updatedAt = Instant.now();
  }

  /**
   * Keeps the event's side of its programme in step with a session just saved, so that publishing
   * the event in the same transaction (the demo content) still makes the session visible in search.
   */
  void add(EventSession session) {
    sessions.add(session);
  }

  void remove(EventSession session) {
    sessions.remove(session);
  }

  void publish() {
    this.publication = Publication.PUBLISHED;
    this.updatedAt = Instant.now();
  }

  void unpublish() {
    this.publication = Publication.DRAFT;
    this.updatedAt = Instant.now();
  }

  void cancel() {
    this.publication = Publication.CANCELLED;
    this.updatedAt = Instant.now();
  }

  void addOrganiser(long accountId) {
    organiserIds.add(accountId);
  }

  void removeOrganiser(long accountId) {
    organiserIds.remove(accountId);
  }

  void markDemo() {
    this.demo = true;
  }

  /** Search: public when published or cancelled, unless only members may see it. */
  @GenericField(name = VISIBLE)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "publication")),
        @ObjectPath(@PropertyValue(propertyName = "membersOnly"))
      })
  public boolean isSearchVisible() {
    return publicOnes();
  }

  boolean publicOnes() {
    return publication != Publication.DRAFT && !membersOnly;
  }

  /** Search: what kind of item this is. */
  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "event";
  }

  /** Search: the item's key across types ({@code event:4}). */
  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "event:" + id;
  }

  /** Search: the first organising lab, for "other labs first" and lab names on results. */
  @GenericField(name = LAB, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "labIds")))
  public @Nullable Long getSearchLab() {
    return labIds.isEmpty() ? null : labIds.iterator().next();
  }

  @KeywordField(name = EVENT_TYPE, aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "type")))
  public String getSearchEventType() {
    return type.code();
  }

  @KeywordField(name = ATTENDANCE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "mode")))
  public String getSearchAttendance() {
    return mode.code();
  }

  @KeywordField(name = MONTH, aggregable = Aggregable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "startsAt")),
        @ObjectPath(@PropertyValue(propertyName = "timeZone"))
      })
  public String getSearchMonth() {
    return EventTimes.month(startsAt, zone());
  }

  @GenericField(name = YEAR, aggregable = Aggregable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "startsAt")),
        @ObjectPath(@PropertyValue(propertyName = "timeZone"))
      })
  public Integer getSearchYear() {
    return startsAt.atZone(zone()).getYear();
  }

  /** Search: cancelled events say so in results; other events carry no status. */
  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publication")))
  public @Nullable String getSearchStatus() {
    return publication == Publication.CANCELLED ? "cancelled" : null;
  }

  /** Search: what the event is about, as a meaning vector. */
  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "description"))
      })
  public @Nullable String getSearchMeaning() {
    return joined(title, description);
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  @SuppressWarnings("NullAway") // read from stored events only: Hibernate has set the id
  Long id() {
    return id;
  }

  String title() {
    return title;
  }

  @Nullable String description() {
    return description;
  }

  EventType type() {
    return type;
  }

  Attendance mode() {
    return mode;
  }

  @Nullable String venueName() {
    return venueName;
  }

  @Nullable String venueAddress() {
    return venueAddress;
  }

  String timeZone() {
    return timeZone;
  }

  Instant startsAt() {
    return startsAt;
  }

  Instant endsAt() {
    return endsAt;
  }

  Publication publication() {
    return publication;
  }

  /** Seats and registration window (unlimited and always open when none are set). */
  RegistrationTerms terms() {
    return terms == null ? RegistrationTerms.open() : terms;
  }

  boolean membersOnly() {
    return membersOnly;
  }

  @Nullable String streamUrl() {
    return streamUrl;
  }

  boolean demo() {
    return demo;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  Set<Long> labIds() {
    return labIds;
  }

  Set<String> languages() {
    return languages;
  }

  Set<Long> organiserIds() {
    return organiserIds;
  }

  boolean past(Instant now) {
    return endsAt.isBefore(now);
  }
}
