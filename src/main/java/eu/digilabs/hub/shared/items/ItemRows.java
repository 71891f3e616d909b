package eu.digilabs.hub.shared.items;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads link tables of a batch of items in one query each, for item sources. */
public final class ItemRows {

  private ItemRows() {}

  /**
   * The rows of the keys' items of one type, for a query with the parameter {@code :ids} (their
   * numeric ids); no query when the keys hold none of that type.
   */
  public static <T> List<T> rows(
      JdbcClient jdbc, Collection<String> keys, String type, String sql, Class<T> row) {
    List<Long> ids = ItemKeys.numericIds(keys, type);
    return ids.isEmpty() ? List.of() : jdbc.sql(sql).param("ids", ids).query(row).list();
  }

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
