package eu.digilabs.hub.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published projects counted by status, technology, country and start year, under the same filters
 * as the project list, so that each count is the total the list shows for it. One grouped query per
 * figure.
 */
@Service
@Transactional(readOnly = true)
public class ProjectStatistics {

  /** The counts of one filter; each map's keys in descending order of their count. */
  public record Counts(
      long total,
      Map<String, Long> byStatus,
      Map<String, Long> byTechnology,
      Map<String, Long> byCountry,
      Map<String, Long> byYear) {}

  private final EntityManager entities;

  ProjectStatistics(EntityManager entities) {
    this.entities = entities;
  }

  public Counts counts(ProjectFilter filter) {
    return new Counts(
        total(filter),
        byCount(group(filter, root -> root.get("status"))),
        byCount(group(filter, root -> root.join("technologies"))),
        byCount(group(filter, root -> root.get("country"))),
        byKey(
            group(
                filter,
                root ->
                    entities
                        .getCriteriaBuilder()
                        .function("year", Integer.class, root.get("startDate")))));
  }

  private long total(ProjectFilter filter) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Project> root = query.from(Project.class);
    query.select(cb.count(root)).where(published(filter, root, query, cb));
    return entities.createQuery(query).getSingleResult();
  }

  private Map<String, Long> group(ProjectFilter filter, Function<Root<Project>, Expression<?>> by) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Project> root = query.from(Project.class);
    Expression<?> key = by.apply(root);
    query.multiselect(key, cb.count(root)).where(published(filter, root, query, cb)).groupBy(key);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Tuple row : entities.createQuery(query).getResultList()) {
      Object value = row.get(0);
      if (value != null) {
        counts.put(value.toString(), Objects.requireNonNull(row.get(1, Long.class)));
      }
    }
    return counts;
  }

  private static Predicate published(
      ProjectFilter filter, Root<Project> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
    return Objects.requireNonNull(
        ProjectSpecifications.published(filter, null).toPredicate(root, query, cb));
  }

  private static Map<String, Long> byCount(Map<String, Long> counts) {
    return sorted(
        counts,
        Comparator.comparing(Map.Entry<String, Long>::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
  }

  private static Map<String, Long> byKey(Map<String, Long> counts) {
    return sorted(counts, Map.Entry.comparingByKey());
  }

  private static Map<String, Long> sorted(
      Map<String, Long> counts, Comparator<Map.Entry<String, Long>> order) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    List.copyOf(counts.entrySet()).stream()
        .sorted(order)
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return sorted;
  }
}
