package eu.digilabs.hub.discussions;

import eu.digilabs.hub.shared.text.Markdown;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts anyone may read: shown (neither hidden nor deleted), on a public item that is still
 * published. What the assistant cites as "discussion".
 */
@Service
@Transactional(readOnly = true)
public class PublicPosts {

  /** A public post as plain text, with its item's title and page. */
  public record PublicPost(long id, String itemTitle, String path, String text) {}

  private record Row(long id, String itemTitle, String itemPath, String body) {}

  private static final String VISIBLE =
      "deleted_at is null and hidden_at is null and members_only = false and host_hidden = false";

  private final JdbcClient jdbc;

  PublicPosts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A shown post on an item, not a reply (an answer to a question): its author; empty when it is
   * not there, hidden, deleted or a reply.
   */
  public Optional<Long> authorOfTopLevel(long id, String itemKey) {
    return jdbc.sql(
            """
            select author_id from post where id = ? and item_key = ? and reply_to_id is null
              and deleted_at is null and hidden_at is null and author_id is not null
            """)
        .params(id, itemKey)
        .query(Long.class)
        .optional();
  }

  /** How many shown posts stand on the item itself (answers to a question), replies not counted. */
  public int topLevelCount(String itemKey) {
    return jdbc.sql(
            """
            select count(*) from post where item_key = ? and reply_to_id is null
              and deleted_at is null and hidden_at is null
            """)
        .param(itemKey)
        .query(Integer.class)
        .single();
  }

  public List<Long> ids() {
    return jdbc.sql("select id from post where " + VISIBLE + " order by id")
        .query(Long.class)
        .list();
  }

  public Optional<PublicPost> get(long id) {
    return jdbc.sql("select id, item_title, item_path, body from post where id = ? and " + VISIBLE)
        .param(id)
        .query(Row.class)
        .optional()
        .map(
            row ->
                new PublicPost(
                    row.id(),
                    row.itemTitle(),
                    row.itemPath() + "#post-" + row.id(),
                    Markdown.plain(row.body(), 10_000)));
  }
}
