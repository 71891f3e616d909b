package eu.digilabs.hub.accounts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Outbox extends JpaRepository<Mail, Long> {

  List<Mail> findTop200ByOrderByCreatedAtDesc();

  List<Mail> findByRecipientIgnoreCase(String recipient);

  long deleteByCreatedAtBefore(java.time.Instant before);
}
