package eu.digilabs.hub.reuse;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemRows;
import eu.digilabs.hub.shared.items.ItemSource;
import eu.digilabs.hub.shared.items.Topics;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published solutions as followable items: about the provider lab, the country, public services
 * (with the entries above them), technologies and policy areas, and the labs that take them up
 * ({@code reuser-lab:3}, so that a lab's members hear what changes in what their lab uses; never
 * shown, and matched only for that lab's own members).
 */
@Component
class SolutionItems implements ItemSource {

  private record Row(
      long id, String name, @Nullable Long providerLabId, @Nullable String country) {}

  private final JdbcClient jdbc;
  private final Catalogue catalogue;

  SolutionItems(JdbcClient jdbc, Catalogue catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  @Override
  public Collection<String> types() {
    return List.of("solution");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    List<Row> rows =
        ItemRows.rows(
            jdbc,
            keys,
            "solution",
            """
                select id, name, provider_lab_id, country from solution
                where publication = 'PUBLISHED' and id in (:ids)
                """,
            Row.class);
    if (rows.isEmpty()) {
      return Map.of();
    }
    List<Long> found = rows.stream().map(Row::id).toList();
    Topics topics = new Topics();
    topics.addAll(
        "technology",
        ItemRows.values(
            jdbc,
            "select solution_id, code from solution_technology where solution_id in (:ids)",
            found));
    topics.addAll(
        "policy-area",
        ItemRows.values(
            jdbc,
            "select solution_id, code from solution_policy_area where solution_id in (:ids)",
            found));
    topics.addAll(
        "reuser-lab",
        ItemRows.values(
            jdbc,
            """
            select solution_id, reuser_lab_id from uptake
            where reuser_lab_id is not null and stage <> 'ENDED' and solution_id in (:ids)
            """,
            found));
    topics.addServices(
        ItemRows.values(
            jdbc,
            "select solution_id, service_id from solution_service where solution_id in (:ids)",
            found),
        catalogue::withParents);
    Map<String, ItemRef> items = new HashMap<>();
    for (Row row : rows) {
      Set<Long> labs = row.providerLabId() == null ? Set.of() : Set.of(row.providerLabId());
      labs.forEach(lab -> topics.add(row.id(), "lab", lab));
      if (row.country() != null) {
        topics.add(row.id(), "country", row.country());
      }
      String key = ItemKeys.of("solution", row.id());
      items.put(
          key,
          new ItemRef(
              key,
              row.name(),
              "/solutions/" + row.id(),
              labs,
              topics.of(row.id()),
              Audience.PUBLIC));
    }
    return items;
  }
}
