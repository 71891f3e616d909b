package eu.digilabs.hub.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Sessions extends JpaRepository<EventSession, Long> {

  @Query("select s from EventSession s where s.event.id = :event order by s.startsAt, s.id")
  List<EventSession> ofEvent(@Param("event") long event);

  @Query(
      "select s from EventSession s join fetch s.event where s.id in :ids order by s.startsAt,"
          + " s.id")
  List<EventSession> withEvents(@Param("ids") Collection<Long> ids);

  @Query("select s from EventSession s where s.event.id = :event and s.sourceUid = :uid")
  Optional<EventSession> bySourceUid(@Param("event") long event, @Param("uid") String uid);
}
