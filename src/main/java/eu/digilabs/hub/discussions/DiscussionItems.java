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
 *
 * <p>An item's discussion is an item too ({@code thread:project.12}), so that a member can follow
 * the conversation without following every change of the item; each post is about its thread.
 */
@Component
class DiscussionItems implements ItemSource {

  /** The types of item that have a discussion. */
  static final Set<String> HOSTS =
      Set.of("project", "solution", "article", "failure-report", "event", "method", "question");

  private static final String THREAD = "thread";

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

  /** The key of an item's discussion: {@code thread:project.12} for {@code project:12}. */
  static String threadKey(String hostKey) {
    return ItemKeys.of(THREAD, ItemKeys.type(hostKey) + "." + ItemKeys.id(hostKey));
  }

  /** The item a discussion belongs to, {@code project:12} for {@code thread:project.12}. */
  static String hostKey(String threadKey) {
    String id = ItemKeys.id(threadKey);
    int dot = id.indexOf('.');
    return dot < 0 ? "" : ItemKeys.of(id.substring(0, dot), id.substring(dot + 1));
  }

  @Override
  public Collection<String> types() {
    return List.of("discussion", THREAD);
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    Map<String, ItemRef> found = new HashMap<>(threads(keys));
    found.putAll(posts(keys));
    return found;
  }

  /** Discussions of published items that have one, as their item's readers see them. */
  private Map<String, ItemRef> threads(Collection<String> keys) {
    Map<String, String> hosts = new HashMap<>();
    keys.stream()
        .filter(key -> THREAD.equals(ItemKeys.type(key)))
        .forEach(key -> hosts.put(hostKey(key), key));
    hosts.remove("");
    if (hosts.isEmpty()) {
      return Map.of();
    }
    Map<String, ItemRef> found = new HashMap<>();
    items
        .getObject()
        .published(hosts.keySet())
        .forEach(
            (hostKey, host) -> {
              String key = hosts.get(hostKey);
              if (key != null && HOSTS.contains(host.type())) {
                found.put(
                    key,
                    new ItemRef(
                        key,
                        host.title(),
                        host.path() + "#discussion",
                        host.labIds(),
                        Set.of(),
                        host.audience()));
              }
            });
    return found;
  }

  private Map<String, ItemRef> posts(Collection<String> keys) {
    List<Row> rows =
        ItemRows.rows(
            jdbc,
            keys,
            "discussion",
            """
                select id, item_key, item_title, item_path, members_only from post
                where id in (:ids) and deleted_at is null and hidden_at is null
                  and host_hidden = false
                """,
            Row.class);
    if (rows.isEmpty()) {
      return Map.of();
    }
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
      topics.add(threadKey(row.itemKey()));
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
