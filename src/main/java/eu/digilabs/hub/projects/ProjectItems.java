package eu.digilabs.hub.projects;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemRows;
import eu.digilabs.hub.shared.items.ItemSource;
import eu.digilabs.hub.shared.items.Topics;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published projects as followable items: about their labs (lead and partners), their country,
 * their public services with the catalogue entries above them, technologies and policy areas.
 */
@Component
class ProjectItems implements ItemSource {

  private record Row(long id, String title, @Nullable Long leadLabId, @Nullable String country) {}

  private final JdbcClient jdbc;
  private final Catalogue catalogue;

  ProjectItems(JdbcClient jdbc, Catalogue catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  @Override
  public Collection<String> types() {
    return List.of("project");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    List<Row> rows =
        ItemRows.rows(
            jdbc,
            keys,
            "project",
            """
                select id, title, lead_lab_id, country from project
                where publication = 'PUBLISHED' and id in (:ids)
                """,
            Row.class);
    if (rows.isEmpty()) {
      return Map.of();
    }
    List<Long> found = rows.stream().map(Row::id).toList();
    Map<Long, Set<String>> partners =
        ItemRows.values(
            jdbc,
            "select project_id, lab_id from project_partner_lab where project_id in (:ids)",
            found);
    Topics topics = new Topics();
    topics.addAll(
        "technology",
        ItemRows.values(
            jdbc,
            "select project_id, code from project_technology where project_id in (:ids)",
            found));
    topics.addAll(
        "policy-area",
        ItemRows.values(
            jdbc,
            "select project_id, code from project_policy_area where project_id in (:ids)",
            found));
    topics.addServices(
        ItemRows.values(
            jdbc,
            "select project_id, service_id from project_service where project_id in (:ids)",
            found),
        catalogue::withParents);
    Map<String, ItemRef> items = new HashMap<>();
    for (Row row : rows) {
      Set<Long> labs = new HashSet<>();
      if (row.leadLabId() != null) {
        labs.add(row.leadLabId());
      }
      partners.getOrDefault(row.id(), Set.of()).forEach(lab -> labs.add(Long.valueOf(lab)));
      labs.forEach(lab -> topics.add(row.id(), "lab", lab));
      if (row.country() != null) {
        topics.add(row.id(), "country", row.country());
      }
      String key = ItemKeys.of("project", row.id());
      items.put(
          key,
          new ItemRef(
              key,
              row.title(),
              "/projects/" + row.id(),
              labs,
              topics.of(row.id()),
              Audience.PUBLIC));
    }
    return items;
  }
}
