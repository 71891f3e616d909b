package eu.digilabs.hub.shared.items;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads link tables of a batch of items in one query each, for item sources. */
public final class ItemRows {

  private ItemRows() {}

  /**
   * The second column's values per first column's id, for a query with the parameter {@code :ids}:
   * {@code select project_id, code from project_technology where project_id in (:ids)}.
   */
  public static Map<Long, Set<String>> values(JdbcClient jdbc, String sql, Collection<Long> ids) {
    Map<Long, Set<String>> values = new HashMap<>();
    if (ids.isEmpty()) {
      return values;
    }
    jdbc.sql(sql)
        .param("ids", ids)
        .query(
            (rs, row) ->
                values
                    .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                    .add(rs.getString(2)))
        .list();
    return values;
  }
}
