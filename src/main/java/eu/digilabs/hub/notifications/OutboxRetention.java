package eu.digilabs.hub.notifications;

import eu.digilabs.hub.shared.retention.Retention;
import eu.digilabs.hub.shared.retention.RetentionProperties;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes outbox mails older than {@code hub.retention.outbox}. */
@Component
class OutboxRetention implements Retention {

  private final Outbox outbox;

  OutboxRetention(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  @Transactional
  public long purge(RetentionProperties periods, Instant now) {
    return outbox.deleteByCreatedAtBefore(now.minus(periods.outbox()));
  }
}
