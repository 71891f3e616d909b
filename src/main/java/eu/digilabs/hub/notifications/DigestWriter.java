package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.notifications.DigestSchedule.Frequency;
import eu.digilabs.hub.notifications.Letters.Entry;
import eu.digilabs.hub.shared.SqlTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the due digests of a batch of people in one transaction: for each, the period's claim
 * ({@code digest} row, unique per person and period), the queued mail and the next due time. A
 * crash before the commit redoes the batch; after it, the mails wait queued in the outbox. A period
 * with nothing new advances the schedule and sends nothing.
 */
@Component
class DigestWriter {

  /** A person whose digest is due. */
  record Due(
      long accountId,
      String digest,
      String language,
      String timeZone,
      Instant nextDigestAt,
      Instant digestedUntil) {}

  private final JdbcClient jdbc;
  private final DigestEntries entries;
  private final AccountService accounts;
  private final Letters letter;
  private final UnsubscribeLinks links;
  private final Mailer mailer;
  private final NotificationProperties properties;

  DigestWriter(
      JdbcClient jdbc,
      DigestEntries entries,
      AccountService accounts,
      Letters letter,
      UnsubscribeLinks links,
      Mailer mailer,
      NotificationProperties properties) {
    this.jdbc = jdbc;
    this.entries = entries;
    this.accounts = accounts;
    this.letter = letter;
    this.links = links;
    this.mailer = mailer;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  List<Due> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select account_id, digest, language, time_zone, next_digest_at, digested_until
            from notification_settings where next_digest_at <= ?
            order by next_digest_at, account_id fetch first ? rows only
            """)
        .params(SqlTime.of(now), limit)
        .query(Due.class)
        .list();
  }

  /** The window of activity the digests due at {@code now} draw from. */
  @Transactional(readOnly = true)
  DigestEntries.Window window(Instant now) {
    return entries.load(now.minus(properties.digestGrace()));
  }

  /** Writes the batch's digests from the window; returns how many mails it queued. */
  @Transactional
  int write(List<Due> batch, Instant now, DigestEntries.Window window) {
    Instant until = window.until();
    Map<Long, AccountView> people = accounts.views(batch.stream().map(Due::accountId).toList());
    Map<Long, Instant> since = new java.util.HashMap<>();
    batch.forEach(d -> since.put(d.accountId(), d.digestedUntil()));
    Map<Long, List<Entry>> all = entries.of(since, window, properties.digestItems() + 1);
    int queued = 0;
    for (Due due : batch) {
      AccountView person = people.get(due.accountId());
      List<Entry> entries =
          person == null || person.disabled()
              ? List.of()
              : all.getOrDefault(due.accountId(), List.of());
      if (!entries.isEmpty() && person != null && claim(due)) {
        String token = links.create(due.accountId(), UnsubscribeLinks.DIGEST);
        Letters.Letter mail =
            letter.write(
                person.displayName(), due.language(), entries, properties.digestItems(), token);
        long mailId = mailer.queue(person.email(), mail.subject(), mail.body(), mail.unsubscribe());
        jdbc.sql("update digest set mail_id = ?, items = ? where account_id = ? and period_key = ?")
            .params(mailId, entries.size(), due.accountId(), period(due))
            .update();
        queued++;
      }
      advance(due, until, now);
    }
    return queued;
  }

  /** The period's claim; false when this period's digest was written already (another node). */
  private boolean claim(Due due) {
    try {
      jdbc.sql("insert into digest (account_id, period_key, items, created_at) values (?, ?, 0, ?)")
          .params(due.accountId(), period(due), SqlTime.of(Instant.now()))
          .update();
      return true;
    } catch (DuplicateKeyException done) {
      return false;
    }
  }

  private void advance(Due due, Instant until, Instant now) {
    Frequency frequency = Frequency.parse(due.digest()).orElse(Frequency.WEEKLY);
    ZoneId zone = DigestSettings.zone(due.timeZone());
    @Nullable Instant next =
        DigestSchedule.next(
            frequency, zone == null ? ZoneId.of(DigestSettings.DEFAULT_ZONE) : zone, now);
    jdbc.sql(
            """
            update notification_settings set digested_until = :until, next_digest_at = :next
            where account_id = :account
            """)
        .param(
            "until", SqlTime.of(until.isAfter(due.digestedUntil()) ? until : due.digestedUntil()))
        .param("next", SqlTime.orNull(next))
        .param("account", due.accountId())
        .update();
  }

  private static String period(Due due) {
    return due.nextDigestAt().toString();
  }
}
