package eu.digilabs.hub.events;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Speakers extends JpaRepository<Speaker, Long> {

  List<Speaker> findByEventIdOrderByName(long eventId);
}
