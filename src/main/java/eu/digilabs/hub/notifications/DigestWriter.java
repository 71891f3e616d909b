package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.notifications.DigestLetter.Entry;
import eu.digilabs.hub.notifications.DigestSchedule.Frequency;
import eu.digilabs.hub.shared.SqlTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  private final Activities activities;
  private final AccountService accounts;
  private final DigestLetter letter;
  private final UnsubscribeLinks links;
  private final Mailer mailer;
  private final NotificationProperties properties;

  DigestWriter(
      JdbcClient jdbc,
      Activities activities,
      AccountService accounts,
      DigestLetter letter,
      UnsubscribeLinks links,
      Mailer mailer,
      NotificationProperties properties) {
    this.jdbc = jdbc;
    this.activities = activities;
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

  /** Writes the batch's digests; returns how many mails it queued. */
  @Transactional
  int write(List<Due> batch, Instant now) {
    Instant until = now.minus(properties.digestGrace());
    Map<Long, AccountView> people = accounts.views(batch.stream().map(Due::accountId).toList());
    int queued = 0;
    for (Due due : batch) {
      AccountView person = people.get(due.accountId());
      List<Entry> entries = person == null || person.disabled() ? List.of() : entries(due, until);
      if (!entries.isEmpty() && person != null && claim(due)) {
        String token = links.create(due.accountId(), UnsubscribeLinks.DIGEST);
        DigestLetter.Letter mail =
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

  /**
   * The period's entries: what changed in what the person follows (newest state of each item once),
   * then what was addressed to them and is still unread.
   */
  private List<Entry> entries(Due due, Instant until) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Entry> byItem = new LinkedHashMap<>();
    jdbc.sql(
            """
            select a.item_key, a.kind, a.title, a.path from activity a
            where a.hidden = false and a.recorded_at > :since and a.recorded_at <= :until
              and a.id in (select t.activity_id from activity_topic t
                where t.topic in (select f.item_key from follow f where f.account_id = :account)
                   or t.topic in (:implicit))
            order by a.recorded_at desc, a.id desc
            """)
        .param("since", SqlTime.of(due.digestedUntil()))
        .param("until", SqlTime.of(until))
        .param("account", due.accountId())
        .param("implicit", activities.implicitTopics(due.accountId()))
        .query(
            (rs, row) ->
                byItem.putIfAbsent(
                    rs.getString(1),
                    new Entry(rs.getString(2), rs.getString(3), rs.getString(4), null)))
        .list();
    entries.addAll(byItem.values());
    entries.addAll(
        jdbc.sql(
                """
                select kind, title, path, detail from notice
                where account_id = ? and read_at is null and created_at > ? and created_at <= ?
                order by created_at desc
                """)
            .params(due.accountId(), SqlTime.of(due.digestedUntil()), SqlTime.of(until))
            .query(Entry.class)
            .list());
    return entries;
  }

  private static String period(Due due) {
    return due.nextDigestAt().toString();
  }
}
