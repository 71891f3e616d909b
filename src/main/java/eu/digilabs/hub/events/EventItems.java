package eu.digilabs.hub.events;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemRows;
import eu.digilabs.hub.shared.items.ItemSource;
import eu.digilabs.hub.shared.items.Topics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published events (cancelled ones too, so that their followers hear of it) as followable items,
 * about their labs; members-only events only for members.
 */
@Component
class EventItems implements ItemSource {

  private record Row(long id, String title, boolean membersOnly, String publication) {}

  private final JdbcClient jdbc;

  EventItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Collection<String> types() {
    return List.of("event");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    List<Row> rows =
        ItemRows.rows(
            jdbc,
            keys,
            "event",
            """
                select id, title, members_only, publication from hub_event
                where publication in ('PUBLISHED', 'CANCELLED') and id in (:ids)
                """,
            Row.class);
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<Long, Set<String>> labs =
        ItemRows.values(
            jdbc,
            "select event_id, lab_id from event_lab where event_id in (:ids)",
            rows.stream().map(Row::id).toList());
    Topics topics = new Topics();
    topics.addAll("lab", labs);
    Map<String, ItemRef> items = new HashMap<>();
    for (Row row : rows) {
      String key = ItemKeys.of("event", row.id());
      items.put(
          key,
          new ItemRef(
              key,
              row.title(),
              "/events/" + row.id(),
              labs.getOrDefault(row.id(), Set.of()).stream()
                  .map(Long::valueOf)
                  .collect(Collectors.toSet()),
              topics.of(row.id()),
              row.membersOnly() ? Audience.MEMBERS : Audience.PUBLIC,
              "CANCELLED".equals(row.publication()) ? "cancelled" : ""));
    }
    return items;
  }
}
