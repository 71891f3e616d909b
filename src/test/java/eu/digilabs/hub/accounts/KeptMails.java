package eu.digilabs.hub.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mails the outbox keeps for an address, newest first, as the notifications module wrote them.
 */
final class KeptMails {

  /** A kept mail; {@code sentAt} once SMTP delivered it. */
  record KeptMail(String recipient, String subject, String body, Instant sentAt) {}

  private KeptMails() {}

  static List<KeptMail> to(JdbcClient jdbc, String recipient) {
    return jdbc.sql(
            "select recipient, subject, body, sent_at from outbox_mail where recipient = ?"
                + " order by created_at desc, id desc")
        .param(recipient)
        .query(
            (row, n) -> {
              Timestamp sent = row.getTimestamp("sent_at");
              return new KeptMail(
                  row.getString("recipient"),
                  row.getString("subject"),
                  row.getString("body"),
                  sent == null ? null : sent.toInstant());
            })
        .list();
  }

  static KeptMail newestTo(JdbcClient jdbc, String recipient) {
    return to(jdbc, recipient).stream().findFirst().orElseThrow();
  }
}
