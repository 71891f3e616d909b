package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.web.UnreadNotices;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
      Instant createdAt,
      @Nullable Instant readAt) {

    public boolean unread() {
      return readAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final Rights rights;
  private final DigestSettings settings;

  Notices(JdbcClient jdbc, Rights rights, DigestSettings settings) {
    this.jdbc = jdbc;
    this.rights = rights;
    this.settings = settings;
  }

  /**
   * Tells each account something addressed to it; their next digest repeats it.
   *
   * @param detailKey a message key, shown in each reader's language ({@code uptakes.stage.live})
   */
  public void tell(
      Collection<Long> accounts,
      String kind,
      String itemKey,
      String title,
      String path,
      @Nullable String detailKey) {
    Instant now = Instant.now();
    for (long account : accounts) {
      settings.ensure(account);
      jdbc.sql(
              """
              insert into notice (account_id, kind, item_key, title, path, detail, created_at)
              values (:account, :kind, :key, :title, :path, :detail, :now)
              """)
          .param("account", account)
          .param("kind", kind)
          .param("key", itemKey)
          .param("title", cut(title))
          .param("path", path)
          .param("detail", detailKey)
          .param("now", now)
          .update();
    }
  }

  /** The signed-in person's notices, newest first; those shown are marked read. */
  public Page<NoticeView> mine(int page, int size) {
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
                select id, kind, item_key, title, path, detail, created_at, read_at from notice
                where account_id = :account order by created_at desc, id desc
                offset :offset rows fetch next :limit rows only
                """)
            .param("account", account)
            .param("offset", request.getOffset())
            .param("limit", size)
            .query(NoticeView.class)
            .list();
    List<Long> unread = rows.stream().filter(NoticeView::unread).map(NoticeView::id).toList();
    if (!unread.isEmpty()) {
      jdbc.sql("update notice set read_at = :now where id in (:ids) and read_at is null")
          .param("now", Instant.now())
          .param("ids", unread)
          .update();
    }
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
