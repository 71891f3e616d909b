package eu.digilabs.hub.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every mail the hub sent or would have sent. */
interface Outbox extends JpaRepository<Mail, Long> {

  List<Mail> findTop200ByOrderByCreatedAtDesc();

  List<Mail> findTop200ByQueuedTrueOrderByIdAsc();

  List<Mail> findByRecipientIgnoreCase(String recipient);

  long deleteByCreatedAtBefore(Instant before);
}
