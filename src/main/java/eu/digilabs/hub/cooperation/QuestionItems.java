package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemRows;
import eu.digilabs.hub.shared.items.ItemSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Questions as items ({@code question:4}), about their topics: followers of a service, technology
 * or country hear of questions about it.
 */
@Component
class QuestionItems implements ItemSource {

  private record Row(long id, String title) {}

  private final JdbcClient jdbc;

  QuestionItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Collection<String> types() {
    return List.of("question");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    List<Row> rows =
        ItemRows.rows(
            jdbc,
            keys,
            "question",
            "select id, title from question where hidden = false and id in (:ids)",
            Row.class);
    Map<Long, Set<String>> topics =
        ItemRows.values(
            jdbc,
            "select question_id, topic from question_topic where question_id in (:ids)",
            rows.stream().map(Row::id).toList());
    Map<String, ItemRef> items = new HashMap<>();
    for (Row row : rows) {
      String key = ItemKeys.of("question", row.id());
      items.put(
          key,
          new ItemRef(
              key,
              row.title(),
              "/questions/" + row.id(),
              Set.of(),
              topics.getOrDefault(row.id(), Set.of()),
              Audience.PUBLIC));
    }
    return items;
  }
}
