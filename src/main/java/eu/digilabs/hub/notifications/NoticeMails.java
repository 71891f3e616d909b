package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.AfterCommit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails what is addressed to one person at once, in their language, with a one-click link that
 * stops such mails (RFC 8058). The mail is queued in the transaction that made the notice and
 * delivered once it committed.
 */
@Component
class NoticeMails {

  private final JdbcClient jdbc;
  private final AccountService accounts;
  private final UnsubscribeLinks links;
  private final Mailer mailer;
  private final Letters letters;

  NoticeMails(
      JdbcClient jdbc,
      AccountService accounts,
      UnsubscribeLinks links,
      Mailer mailer,
      Letters letters) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.links = links;
    this.mailer = mailer;
    this.letters = letters;
  }

  void mailNow(long account, Notice notice) {
    List<DigestSettingsRow> rows =
        jdbc.sql("select language, immediate from notification_settings where account_id = ?")
            .param(account)
            .query(DigestSettingsRow.class)
            .list();
    AccountView person = accounts.views(List.of(account)).get(account);
    if (person == null || person.disabled() || rows.isEmpty() || !rows.get(0).immediate()) {
      return;
    }
    Letters.Letter letter =
        letters.now(
            person.displayName(),
            rows.get(0).language(),
            notice,
            links.create(account, UnsubscribeLinks.IMMEDIATE));
    mailer.queue(person.email(), letter.subject(), letter.body(), letter.unsubscribe());
    AfterCommit.run(mailer::deliverQueued);
  }

  private record DigestSettingsRow(String language, boolean immediate) {}
}
