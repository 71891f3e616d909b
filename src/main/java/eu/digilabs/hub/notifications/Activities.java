package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to published items: recorded from the content modules' facts (by {@code
 * cooperation}), read as a member's feed (what they follow) and as a lab's public feed. Titles are
 * kept as they were; a withdrawn item's activity disappears from every feed.
 */
@Service
@Transactional
public class Activities {

  /** Changes of one item within this time make one entry, not one per save. */
  static final Duration COALESCE = Duration.ofHours(1);

  /** What happened to an item. */
  public enum Kind {
    PUBLISHED,
    CHANGED,
    RELEASED,
    RETIRED,
    CANCELLED,
    POSTED
  }

  /** One entry of a feed. */
  public record ActivityView(
      long id, String itemKey, String kind, String title, String path, Instant recordedAt) {

    public String type() {
      return ItemKeys.type(itemKey);
    }
  }

  private record Latest(long id, String kind, Instant recordedAt) {}

  private final JdbcClient jdbc;
  private final Items items;
  private final Rights rights;
  private final JdbcTemplate batches;
  private final FollowedTopics followed;

  Activities(
      JdbcClient jdbc, JdbcTemplate batches, Items items, Rights rights, FollowedTopics followed) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.items = items;
    this.rights = rights;
    this.followed = followed;
  }

  /**
   * Records what happened to an item, if it is published; a change soon after the item's last entry
   * updates that entry instead.
   */
  public void record(String key, Kind kind) {
    Optional<ItemRef> found = items.published(key);
    if (found.isEmpty()) {
      return;
    }
    ItemRef item = found.get();
    Instant now = Instant.now();
    Optional<Latest> latest =
        jdbc.sql(
                """
                select id, kind, recorded_at from activity where item_key = ? and hidden = false
                order by recorded_at desc, id desc fetch first 1 rows only
                """)
            .param(key)
            .query(Latest.class)
            .optional();
    long id;
    if (kind == Kind.CHANGED
        && latest.isPresent()
        && Set.of(Kind.PUBLISHED.name(), Kind.CHANGED.name()).contains(latest.get().kind())
        && latest.get().recordedAt().isAfter(now.minus(COALESCE))) {
      id = latest.get().id();
      jdbc.sql(
              "update activity set title = ?, path = ?, audience = ?, recorded_at = ? where id = ?")
          .params(title(item), item.path(), item.audience().name(), SqlTime.of(now), id)
          .update();
      jdbc.sql("delete from activity_topic where activity_id = ?").param(id).update();
    } else {
      id = insert(item, kind, now);
    }
    Set<String> topics = new LinkedHashSet<>(item.topics());
    topics.add(key);
    List<Object[]> rows = topics.stream().map(topic -> new Object[] {id, topic}).toList();
    batches.batchUpdate("insert into activity_topic (activity_id, topic) values (?, ?)", rows);
    // Older entries follow what the item is now: a failure report made anonymous loses its lab,
    // an event made members-only its public audience, so no list shows them under what they no
    // longer are (a lab's page, followers of the lab).
    jdbc.sql(
            """
            delete from activity_topic where topic not in (:topics) and activity_id in (
              select id from activity where item_key = :key and id <> :id)
            """)
        .param("topics", topics)
        .param("key", key)
        .param("id", id)
        .update();
    jdbc.sql("update activity set audience = :audience where item_key = :key and id <> :id")
        .param("audience", item.audience().name())
        .param("key", key)
        .param("id", id)
        .update();
  }

  /**
   * Records that a published item changed in some way its module does not tell apart: a
   * cancellation if the item says so, its publication if it has no entry yet, else a change. Gone
   * items (drafts again, deleted) lose their entries.
   */
  public void recordChange(String key) {
    Optional<ItemRef> item = items.published(key);
    if (item.isEmpty()) {
      retract(key);
      return;
    }
    boolean known =
        jdbc.sql("select count(*) from activity where item_key = ?")
                .param(key)
                .query(Long.class)
                .single()
            > 0;
    record(
        key,
        "cancelled".equals(item.get().state())
            ? Kind.CANCELLED
            : known ? Kind.CHANGED : Kind.PUBLISHED);
  }

  /** Hides every entry of an item that is no longer published (withdrawn, deleted). */
  public void retract(String key) {
    jdbc.sql("update activity set hidden = true where item_key = ?").param(key).update();
  }

  /**
   * What is new for the signed-in member: entries of what they follow and of what their labs use.
   */
  @Transactional(readOnly = true)
  public Page<ActivityView> feed(int page, int size) {
    long account = rights.requireMember();
    Set<String> topics = followed.of(List.of(account)).getOrDefault(account, Set.of());
    if (topics.isEmpty()) {
      return Page.empty(PageRequest.of(Math.max(0, page), size));
    }
    String matching =
        """
        from activity a where a.hidden = false and a.id in (
          select t.activity_id from activity_topic t where t.topic in (:topics))
        """;
    return page(matching, Map.of("topics", topics), page, size);
  }

  /** A lab's public feed: what happened to its published items and to it. */
  @Transactional(readOnly = true)
  public Page<ActivityView> ofLab(long labId, int page, int size) {
    String matching =
        """
        from activity a where a.hidden = false and a.audience = 'PUBLIC' and a.id in (
          select t.activity_id from activity_topic t where t.topic = :topic)
        """;
    return page(matching, Map.of("topic", ItemKeys.of("lab", labId)), page, size);
  }

  private Page<ActivityView> page(String matching, Map<String, ?> params, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(0, page), size);
    long total = jdbc.sql("select count(*) " + matching).params(params).query(Long.class).single();
    List<ActivityView> rows =
        jdbc.sql(select(matching))
            .params(params)
            .param("limit", size)
            .param("offset", request.getOffset())
            .query(ActivityView.class)
            .list();
    return new PageImpl<>(rows, request, total);
  }

  private static String select(String matching) {
    return "select a.id, a.item_key, a.kind, a.title, a.path, a.recorded_at "
        + matching
        + " order by a.recorded_at desc, a.id desc offset :offset rows fetch next :limit rows only";
  }

  private long insert(ItemRef item, Kind kind, Instant now) {
    org.springframework.jdbc.support.GeneratedKeyHolder keys =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into activity (item_key, kind, title, path, audience, recorded_at, hidden)
            values (?, ?, ?, ?, ?, ?, false)
            """)
        .params(
            item.key(),
            kind.name(),
            title(item),
            item.path(),
            item.audience().name(),
            SqlTime.of(now))
        .update(keys, "id");
    Number id = keys.getKey();
    if (id == null) {
      throw new IllegalStateException("no id for the new activity");
    }
    return id.longValue();
  }

  private static String title(ItemRef item) {
    return item.title().length() > 300 ? item.title().substring(0, 300) : item.title();
  }
}
