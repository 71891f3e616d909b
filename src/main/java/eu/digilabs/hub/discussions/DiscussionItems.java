package eu.digilabs.hub.discussions;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemRows;
import eu.digilabs.hub.shared.items.ItemSource;
import eu.digilabs.hub.shared.items.Items;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts as items ({@code discussion:7}, as search names them), so that followers of an item (or of
 * its topics) hear of new posts in its discussion: about the item and everything it is about.
 * Hidden, deleted and withdrawn-with-their-item posts are not items.
 */
@Component
class DiscussionItems implements ItemSource {

  /** The types of item that have a discussion. */
  static final Set<String> HOSTS =
      Set.of("project", "solution", "article", "failure-report", "event", "method", "question");

  private record Row(
      long id, String itemKey, String itemTitle, String itemPath, boolean membersOnly) {}

  private final JdbcClient jdbc;
  private final ObjectProvider<Items> items;

  DiscussionItems(JdbcClient jdbc, ObjectProvider<Items> items) {
    this.jdbc = jdbc;
    this.items = items;
  }

  static String key(long postId) {
    return ItemKeys.of("discussion", postId);
  }

  @Override
  public Collection<String> types() {
    return List.of("discussion");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    List<Long> ids = ItemKeys.numericIds(keys, "discussion");
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Row> rows =
        jdbc.sql(
                """
                select id, item_key, item_title, item_path, members_only from post
                where id in (:ids) and deleted_at is null and hidden_at is null
                  and host_hidden = false
                """)
            .param("ids", ids)
            .query(Row.class)
            .list();
    Map<Long, Set<String>> labs =
        ItemRows.values(
            jdbc,
            "select post_id, lab_id from post_lab where post_id in (:ids)",
            rows.stream().map(Row::id).toList());
    Map<String, ItemRef> hosts =
        items.getObject().published(rows.stream().map(Row::itemKey).distinct().toList());
    Map<String, ItemRef> found = new HashMap<>();
    for (Row row : rows) {
      ItemRef host = hosts.get(row.itemKey());
      if (host == null) {
        continue;
      }
      Set<String> topics = new HashSet<>(host.topics());
      topics.add(row.itemKey());
      Set<Long> labIds = new HashSet<>();
      labs.getOrDefault(row.id(), Set.of()).forEach(lab -> labIds.add(Long.valueOf(lab)));
      String key = key(row.id());
      found.put(
          key,
          new ItemRef(
              key,
              row.itemTitle(),
              row.itemPath() + "#post-" + row.id(),
              labIds,
              topics,
              row.membersOnly() ? Audience.MEMBERS : Audience.PUBLIC));
    }
    return found;
  }
}
