package eu.digilabs.hub.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Events extends JpaRepository<Event, Long> {

  /**
   * The event, with its row locked until the transaction ends: registrations and cancellations of
   * one event take turns, so a seat is never given twice.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Event e where e.id = :id")
  Optional<Event> lockById(@Param("id") long id);

  /** Events a visitor or member may see, upcoming or past, with optional type and mode. */
  @Query(
      """
      select e from Event e
      where e.publication <> eu.digilabs.hub.events.Event.Publication.DRAFT
        and (:members = true or e.membersOnly = false)
        and (:type is null or e.type = :type)
        and (:mode is null or e.mode = :mode)
        and ((:upcoming = true and e.endsAt >= :now) or (:upcoming = false and e.endsAt < :now))
      """)
  Page<Event> visible(
      @Param("members") boolean members,
      @Param("type") @Nullable EventType type,
      @Param("mode") @Nullable Attendance mode,
      @Param("upcoming") boolean upcoming,
      @Param("now") Instant now,
      Pageable pageable);

  @Query("select distinct e from Event e join e.labIds l where l = :lab order by e.startsAt desc")
  List<Event> ofLab(@Param("lab") long lab);

  @Query(
      "select distinct e from Event e join e.organiserIds o where o = :account order by e.startsAt"
          + " desc")
  List<Event> organisedBy(@Param("account") long account);

  /** Events every visitor may see, past and upcoming, after an id: the open dataset's batches. */
  @Query(
      """
      select e from Event e
      where e.publication <> eu.digilabs.hub.events.Event.Publication.DRAFT
        and e.membersOnly = false and e.id > :after
      order by e.id
      """)
  List<Event> everyonesEventsAfter(@Param("after") long after, Pageable page);

  /**
   * Events every visitor may see that have not ended, soonest first: the public calendars, where a
   * cancelled one stays so that calendar clients hear of the cancellation.
   */
  @Query(
      """
      select e from Event e
      where e.publication <> eu.digilabs.hub.events.Event.Publication.DRAFT
        and e.membersOnly = false and e.endsAt >= :now
      order by e.startsAt, e.id
      """)
  List<Event> upcomingForEveryone(@Param("now") Instant now, Pageable limit);

  /** As {@link #upcomingForEveryone}, of one lab. */
  @Query(
      """
      select distinct e from Event e join e.labIds l
      where l = :lab and e.publication <> eu.digilabs.hub.events.Event.Publication.DRAFT
        and e.membersOnly = false and e.endsAt >= :now
      order by e.startsAt, e.id
      """)
  List<Event> upcomingOfLabForEveryone(
      @Param("lab") long lab, @Param("now") Instant now, Pageable limit);

  /** Changes with every event published, changed, cancelled or deleted. */
  @Query("select concat(count(e), '/', coalesce(sum(e.version), 0)) from Event e")
  String revision();

  /** Published events every visitor may see that start before ({@code upcoming} false) or after. */
  @Query(
      """
      select count(e) from Event e
      where e.publication = eu.digilabs.hub.events.Event.Publication.PUBLISHED
        and e.membersOnly = false
        and ((:upcoming = true and e.startsAt >= :now) or (:upcoming = false and e.startsAt < :now))
      """)
  long countPublic(@Param("upcoming") boolean upcoming, @Param("now") Instant now);
}
