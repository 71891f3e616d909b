package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.PersonalData;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mails the hub sent to an account's address: exported without the secrets in their links,
 * deleted with the account.
 */
@Component
class OutboxPersonalData implements PersonalData {

  /** A mail to the account, as the download shows it. */
  record MailData(String subject, String body, Instant createdAt, @Nullable Instant sentAt) {}

  private final Outbox outbox;
  private final AccountService accounts;

  OutboxPersonalData(Outbox outbox, AccountService accounts) {
    this.outbox = outbox;
    this.accounts = accounts;
  }

  @Override
  public String section() {
    return "mails";
  }

  @Override
  public Object export(long accountId) {
    return mailsTo(accountId).stream()
        .map(
            m -> new MailData(m.subject(), SecretLinks.redact(m.body()), m.createdAt(), m.sentAt()))
        .toList();
  }

  @Override
  public void erase(long accountId) {
    outbox.deleteAll(mailsTo(accountId));
  }

  private List<Mail> mailsTo(long accountId) {
    AccountView account = accounts.views(List.of(accountId)).get(accountId);
    return account == null ? List.of() : outbox.findByRecipientIgnoreCase(account.email());
  }
}
