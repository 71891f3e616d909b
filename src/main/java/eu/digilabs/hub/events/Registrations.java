package eu.digilabs.hub.events;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Registrations extends JpaRepository<Registration, Long> {

  Optional<Registration> findByEventIdAndAccountId(long eventId, long accountId);

  long countByEventIdAndAttendanceAndState(
      long eventId, Attendance attendance, Registration.State state);

  /** The waiting list for one way of attending, first in line first. */
  @Query(
      """
      select r from Registration r
      where r.eventId = :event and r.attendance = :attendance
        and r.state = eu.digilabs.hub.events.Registration.State.WAITLISTED
      order by r.registeredAt, r.id
      """)
  List<Registration> waiting(
      @Param("event") long event, @Param("attendance") Attendance attendance);

  List<Registration> findByEventIdOrderByRegisteredAtAscIdAsc(long eventId);

  List<Registration> findByAccountIdAndStateNot(long accountId, Registration.State state);

  /** Seats taken (confirmed registrations) at events every visitor may see. */
  @Query(
      """
      select count(r) from Registration r
      where r.state = eu.digilabs.hub.events.Registration.State.CONFIRMED
        and r.eventId in (
          select e.id from Event e
          where e.publication = eu.digilabs.hub.events.Event.Publication.PUBLISHED
            and e.membersOnly = false)
      """)
  long confirmedAtPublicEvents();
}
