package eu.digilabs.hub.events;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaFeeds extends JpaRepository<AgendaFeed, Long> {

  Optional<AgendaFeed> findByTokenHash(String tokenHash);
}
