package eu.digilabs.hub.events;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Rooms extends JpaRepository<Room, Long> {

  List<Room> findByEventIdOrderById(long eventId);

  Optional<Room> findByEventIdAndNameIgnoreCase(long eventId, String name);
}
