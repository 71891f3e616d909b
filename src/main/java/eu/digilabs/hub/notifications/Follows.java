package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members follow: labs, projects, solutions, events, public services and topics, by item key.
 * Nobody sees who follows what except their own follows; the followed lab's editors see a count.
 */
@Service
@Transactional
public class Follows {

  /** How many items one person may follow. */
  static final int MAX = 500;

  /**
   * A follow button's state.
   *
   * @param count how many follow the item; only for editors of one of the item's labs
   */
  public record FollowState(String key, boolean following, @Nullable Long count) {}

  /**
   * One of the person's follows, for the Following page.
   *
   * @param title empty when the item is gone (withdrawn, deleted): it can still be unfollowed
   */
  public record Followed(String key, String type, String title, String path, Instant since) {

    public boolean available() {
      return !path.isEmpty();
    }
  }

  private record Row(String itemKey, Instant createdAt) {}

  private final JdbcClient jdbc;
  private final Items items;
  private final Rights rights;
  private final DigestSettings settings;

  Follows(JdbcClient jdbc, Items items, Rights rights, DigestSettings settings) {
    this.jdbc = jdbc;
    this.items = items;
    this.rights = rights;
    this.settings = settings;
  }

  /** Follows a published item (idempotent); a member's first follow sets up weekly digests. */
  public FollowState follow(String key) {
    long account = rights.requireMember();
    ItemRef item =
        items.published(key).orElseThrow(() -> new InvalidInput("item", "follows.unknown"));
    if (!following(account, key)) {
      long count =
          jdbc.sql("select count(*) from follow where account_id = ?")
              .param(account)
              .query(Long.class)
              .single();
      if (count >= MAX) {
        throw new InvalidInput("item", "follows.tooMany", MAX);
      }
      try {
        jdbc.sql("insert into follow (account_id, item_key, created_at) values (?, ?, ?)")
            .params(account, key, SqlTime.of(Instant.now()))
            .update();
      } catch (DuplicateKeyException alreadyThere) {
        // a second click at the same time: following is what both wanted
      }
      settings.ensure(account);
    }
    return state(key, item.labIds());
  }

  /** Stops following (idempotent); works for items that are gone, too. */
  public FollowState unfollow(String key) {
    long account = rights.requireMember();
    jdbc.sql("delete from follow where account_id = ? and item_key = ?")
        .params(account, key)
        .update();
    return new FollowState(key, false, null);
  }

  /** The button's state for the viewer: visitors follow nothing and see no count. */
  @Transactional(readOnly = true)
  public FollowState state(String key, Collection<Long> labIds) {
    Optional<Long> account = rights.currentAccountId();
    if (account.isEmpty()) {
      return new FollowState(key, false, null);
    }
    boolean following = following(account.get(), key);
    Long count = null;
    if (labIds.stream().anyMatch(rights::editorOf)) {
      count =
          jdbc.sql("select count(*) from follow where item_key = ?")
              .param(key)
              .query(Long.class)
              .single();
    }
    return new FollowState(key, following, count);
  }

  /** The signed-in person's follows, newest first, with the items' current titles. */
  @Transactional(readOnly = true)
  public List<Followed> mine() {
    long account = rights.requireMember();
    List<Row> rows =
        jdbc.sql(
                "select item_key, created_at from follow where account_id = ? order by created_at"
                    + " desc, item_key")
            .param(account)
            .query(Row.class)
            .list();
    Map<String, ItemRef> found = items.published(rows.stream().map(Row::itemKey).toList());
    return rows.stream()
        .map(
            row -> {
              ItemRef item = found.get(row.itemKey());
              return new Followed(
                  row.itemKey(),
                  ItemKeys.type(row.itemKey()),
                  item == null ? "" : item.title(),
                  item == null ? "" : item.path(),
                  row.createdAt());
            })
        .toList();
  }

  private boolean following(long account, String key) {
    return jdbc.sql("select count(*) from follow where account_id = ? and item_key = ?")
            .params(account, key)
            .query(Long.class)
            .single()
        > 0;
  }
}
