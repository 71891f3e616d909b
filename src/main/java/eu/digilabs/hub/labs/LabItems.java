package eu.digilabs.hub.labs;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Labs as followable items (every lab is public), about their country. */
@Component
class LabItems implements ItemSource {

  private record Row(long id, String name, String country) {}

  private final JdbcClient jdbc;

  LabItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Collection<String> types() {
    return List.of("lab");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    List<Long> ids = ItemKeys.numericIds(keys, "lab");
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, ItemRef> items = new HashMap<>();
    jdbc.sql("select id, name, country from lab where id in (:ids)")
        .param("ids", ids)
        .query(Row.class)
        .list()
        .forEach(
            row -> {
              String key = ItemKeys.of("lab", row.id());
              items.put(
                  key,
                  new ItemRef(
                      key,
                      row.name(),
                      "/labs/" + row.id(),
                      Set.of(row.id()),
                      Set.of(ItemKeys.of("country", row.country())),
                      Audience.PUBLIC));
            });
    return items;
  }
}
