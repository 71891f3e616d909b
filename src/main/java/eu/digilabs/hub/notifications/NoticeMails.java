package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.AfterCommit;
import eu.digilabs.hub.shared.HubProperties;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
  private final MessageSource messages;
  private final String baseUrl;

  NoticeMails(
      JdbcClient jdbc,
      AccountService accounts,
      UnsubscribeLinks links,
      Mailer mailer,
      MessageSource messages,
      HubProperties hub) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.links = links;
    this.mailer = mailer;
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
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
    Locale locale = Locale.forLanguageTag(DigestSettings.language(rows.get(0).language()));
    String unsubscribe =
        baseUrl + "/unsubscribe?token=" + links.create(account, UnsubscribeLinks.IMMEDIATE);
    StringBuilder body = new StringBuilder();
    body.append(t(locale, "notifications.digest.hello", person.displayName())).append("\n\n");
    body.append(t(locale, "notifications.kind." + notice.kind()))
        .append(": ")
        .append(notice.title());
    if (notice.detailKey() != null) {
      body.append(" (").append(t(locale, notice.detailKey())).append(')');
    }
    body.append("\n  ").append(baseUrl).append(notice.path()).append('\n');
    if (notice.note() != null) {
      body.append('\n').append(notice.note()).append('\n');
    }
    body.append("\n-- \n")
        .append(t(locale, "notifications.digest.settings"))
        .append("\n  ")
        .append(baseUrl)
        .append("/profile/notifications\n")
        .append(t(locale, "notifications.mail.unsubscribe"))
        .append("\n  ")
        .append(unsubscribe)
        .append('\n');
    mailer.queue(
        person.email(),
        t(locale, "notifications.mail.subject", t(locale, "notifications.kind." + notice.kind())),
        body.toString(),
        unsubscribe);
    AfterCommit.run(mailer::deliverQueued);
  }

  private record DigestSettingsRow(String language, boolean immediate) {}

  private String t(Locale locale, String key, Object... args) {
    String text = messages.getMessage(key, args, key, locale);
    return text == null ? key : text;
  }
}
