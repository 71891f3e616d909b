package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.Rights;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as admins read it. */
@Service
@Transactional(readOnly = true)
public class OutboxService {

  private final Outbox outbox;
  private final Rights rights;

  OutboxService(Outbox outbox, Rights rights) {
    this.outbox = outbox;
    this.rights = rights;
  }

  /** The 200 newest mails, newest first; only for admins. */
  public List<MailView> outbox() {
    rights.requireAdmin();
    return outbox.findTop200ByOrderByCreatedAtDesc().stream().map(OutboxService::view).toList();
  }

  private static MailView view(Mail m) {
    Long id = m.id();
    return new MailView(
        id == null ? 0 : id,
        m.recipient(),
        m.subject(),
        m.body(),
        m.createdAt(),
        m.sentAt(),
        m.error());
  }
}
