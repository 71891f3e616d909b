package eu.digilabs.hub.notifications;

import eu.digilabs.hub.notifications.Activities.ActivityView;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public Atom feeds' entries: what happened to published, visitor-visible items, overall or
 * about one topic ({@code lab:3}, {@code service:87}, {@code technology:chatbot}), newest first.
 *
 * <p>Entries are read from the recorded activity with one query and then checked against the items
 * as they are now ({@link Items}, one batch per source): an item withdrawn, made members-only or no
 * longer about the topic leaves the feed. So a failure report made anonymous after its publication
 * never shows in its former lab's feed through an entry recorded while it named the lab.
 */
@Service
@Transactional(readOnly = true)
public class PublicFeeds {

  /** The most entries a feed holds; readers poll, so older entries are not paged. */
  public static final int LIMIT = 50;

  /** The types of item the public feeds carry (path segment to key type). */
  public static final Map<String, String> TYPES =
      Map.of(
          "projects", "project",
          "solutions", "solution",
          "articles", "article",
          "events", "event",
          "discussions", "discussion",
          "failure-reports", "failure-report");

  private final JdbcClient jdbc;
  private final Items items;

  PublicFeeds(JdbcClient jdbc, Items items) {
    this.jdbc = jdbc;
    this.items = items;
  }

  /**
   * The latest public entries of the given key types (all the feeds' types when empty), about the
   * topic when one is given.
   */
  public List<ActivityView> latest(@Nullable String topic, Collection<String> types) {
    Collection<String> wanted = types.isEmpty() ? TYPES.values() : types;
    StringBuilder sql =
        new StringBuilder(
            "select a.id, a.item_key, a.kind, a.title, a.path, a.recorded_at from activity a"
                + " where a.hidden = false and a.audience = 'PUBLIC' and (");
    Map<String, Object> params = new HashMap<>();
    int i = 0;
    for (String type : wanted) {
      sql.append(i == 0 ? "" : " or ").append("a.item_key like :type").append(i);
      params.put("type" + i, type + ":%");
      i++;
    }
    sql.append(')');
    if (topic != null) {
      sql.append(
          " and a.id in (select t.activity_id from activity_topic t where t.topic = :topic)");
      params.put("topic", topic);
    }
    sql.append(" order by a.recorded_at desc, a.id desc fetch first :limit rows only");
    params.put("limit", LIMIT);
    List<ActivityView> rows =
        jdbc.sql(sql.toString()).params(params).query(ActivityView.class).list();
    Map<String, ItemRef> current =
        items.published(rows.stream().map(ActivityView::itemKey).distinct().toList());
    List<ActivityView> shown = new ArrayList<>();
    for (ActivityView row : rows) {
      ItemRef item = current.get(row.itemKey());
      if (item != null && item.isPublic() && about(item, topic)) {
        shown.add(row);
      }
    }
    return shown;
  }

  /** The topic as a published public item (a lab, a service, a term), for a feed's title. */
  public @Nullable ItemRef topic(String key) {
    if (!ItemKeys.valid(key)) {
      return null;
    }
    return items.published(key).filter(ItemRef::isPublic).orElse(null);
  }

  private static boolean about(ItemRef item, @Nullable String topic) {
    return topic == null || item.key().equals(topic) || item.topics().contains(topic);
  }

  /** The key types of the path segments ({@code projects}), unknown ones left out. */
  public static Set<String> types(Collection<String> segments) {
    Set<String> found = new java.util.LinkedHashSet<>();
    segments.forEach(
        segment -> {
          String type = TYPES.get(segment);
          if (type != null) {
            found.add(type);
          }
        });
    return found;
  }
}
