package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountMailComposed;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Mails to account holders: the ones other modules send and the ones accounts composes. */
@Component
class AccountMails implements Notifications {

  private final AccountService accounts;
  private final Mailer mailer;

  AccountMails(AccountService accounts, Mailer mailer) {
    this.accounts = accounts;
    this.mailer = mailer;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void mail(long accountId, String subject, String body, @Nullable Attachment attachment) {
    AccountView account = accounts.views(List.of(accountId)).get(accountId);
    if (account != null) {
      mailer.send(account.email(), subject, body, attachment);
    }
  }

  /** Delivers a mail accounts composed, at once and in its own transaction (as {@link Mailer}). */
  @EventListener
  void on(AccountMailComposed mail) {
    mailer.send(mail.address(), mail.subject(), mail.body());
  }
}
