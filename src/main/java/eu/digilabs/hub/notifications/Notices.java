package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.web.UnreadNotices;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is addressed to one person (an uptake of their lab moved on; later replies, answers and
 * contact requests): the notifications page, the counter in the header, and the person's digest.
 */
@Service
@Transactional
public class Notices implements UnreadNotices {

  /** One notice as the notifications page shows it. */
  public record NoticeView(
      long id,
      String kind,
      String itemKey,
      String title,
      String path,
      @Nullable String detail,
      @Nullable String note,
      Instant createdAt,
      @Nullable Instant readAt) {

    public boolean unread() {
      return readAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final Rights rights;
  private final DigestSettings settings;
  private final NoticeMails mails;

  Notices(
      JdbcClient jdbc,
      JdbcTemplate batches,
      Rights rights,
      DigestSettings settings,
      NoticeMails mails) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.rights = rights;
    this.settings = settings;
    this.mails = mails;
  }

  /**
   * Something addressed to a person.
   *
   * @param detailKey a message key, shown in each reader's language ({@code uptakes.stage.live})
   * @param note a person's own words (a moderator's reason), shown as written
   */
  public record Notice(
      String kind,
      String itemKey,
      String title,
      String path,
      @Nullable String detailKey,
      @Nullable String note) {}

  /** Tells each account something addressed to it; their next digest repeats it. */
  public void tell(Collection<Long> accounts, Notice notice) {
    settings.ensure(accounts);
    OffsetDateTime now = SqlTime.of(Instant.now());
    batches.batchUpdate(
        """
        insert into notice (account_id, kind, item_key, title, path, detail, note, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        accounts.stream().distinct().map(account -> row(account, notice, now)).toList());
  }

  /**
   * Tells one account something addressed to it and mails it at once (a reply to their post, the
   * reason their post was hidden), unless they switched such mails off.
   */
  public void tellNow(long account, Notice notice) {
    tell(List.of(account), notice);
    mails.mailNow(account, notice);
  }

  private static Object[] row(long account, Notice notice, OffsetDateTime now) {
    String note = notice.note();
    return new Object[] {
      account,
      notice.kind(),
      notice.itemKey(),
      cut(notice.title()),
      notice.path(),
      notice.detailKey(),
      note == null ? null : cut(note),
      now
    };
  }

  /**
   * Those of the accounts already told this kind of thing about this item (a mention in one post),
   * so that nobody is told twice however often the text changes.
   */
  @Transactional(readOnly = true)
  public Set<Long> alreadyTold(String itemKey, String kind, Collection<Long> accounts) {
    if (accounts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                """
                select distinct account_id from notice
                where item_key = :key and kind = :kind and account_id in (:accounts)
                """)
            .param("key", itemKey)
            .param("kind", kind)
            .param("accounts", accounts)
            .query(Long.class)
            .list());
  }

  /** The signed-in person's notices, newest first; those shown are marked read. */
  public Page<NoticeView> mine(int page, int size) {
    Page<NoticeView> shown = list(page, size);
    markRead(shown.getContent().stream().filter(NoticeView::unread).map(NoticeView::id).toList());
    return shown;
  }

  /**
   * Marks the signed-in person's notices read (the ids given, or all when none are given); others'
   * ids change nothing. Returns how many changed.
   */
  public int markRead(List<Long> ids) {
    long account = rights.requireMember();
    if (ids.isEmpty()) {
      return jdbc.sql("update notice set read_at = ? where account_id = ? and read_at is null")
          .params(SqlTime.of(Instant.now()), account)
          .update();
    }
    return jdbc.sql(
            """
            update notice set read_at = :now
            where account_id = :account and id in (:ids) and read_at is null
            """)
        .param("now", SqlTime.of(Instant.now()))
        .param("account", account)
        .param("ids", ids)
        .update();
  }

  /** The signed-in person's notices, newest first, as they are (the API reads without marking). */
  @Transactional(readOnly = true)
  public Page<NoticeView> list(int page, int size) {
    long account = rights.requireMember();
    PageRequest request = PageRequest.of(Math.max(0, page), size);
    long total =
        jdbc.sql("select count(*) from notice where account_id = ?")
            .param(account)
            .query(Long.class)
            .single();
    List<NoticeView> rows =
        jdbc.sql(
                """
                select id, kind, item_key, title, path, detail, note, created_at, read_at from notice
                where account_id = :account order by created_at desc, id desc
                offset :offset rows fetch next :limit rows only
                """)
            .param("account", account)
            .param("offset", request.getOffset())
            .param("limit", size)
            .query(NoticeView.class)
            .list();
    return new PageImpl<>(rows, request, total);
  }

  @Override
  @Transactional(readOnly = true)
  public long count() {
    return rights
        .currentAccountId()
        .map(
            account ->
                jdbc.sql("select count(*) from notice where account_id = ? and read_at is null")
                    .param(account)
                    .query(Long.class)
                    .single())
        .orElse(0L);
  }

  private static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 299) + "…" : text;
  }
}
