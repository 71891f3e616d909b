package eu.digilabs.hub.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What figures about projects count of each published project: the values the project list filters
 * and the dashboard groups by. Read all at once (three queries, however many projects) or one
 * project at a time after a change, so that a counter can keep its own tally up to date.
 */
@Service
@Transactional(readOnly = true)
public class ProjectStatistics {

  /**
   * One published project's countable values, as codes of the vocabularies.
   *
   * @param year the year it started
   */
  public record Facts(
      long id,
      @Nullable String country,
      @Nullable String level,
      @Nullable String status,
      @Nullable Integer year,
      List<String> policyAreas,
      List<String> technologies) {

    public Facts {
      policyAreas = List.copyOf(policyAreas);
      technologies = List.copyOf(technologies);
    }
  }

  private static final String PUBLISHED = " where p.publication = :published";

  private final EntityManager entities;
  private final Projects projects;

  ProjectStatistics(EntityManager entities, Projects projects) {
    this.entities = entities;
    this.projects = projects;
  }

  /** Every published project's facts, by id. */
  public Map<Long, Facts> all() {
    return read("", null);
  }

  /** The facts of those of the projects that are published, by id. */
  public Map<Long, Facts> of(Collection<Long> ids) {
    return ids.isEmpty() ? Map.of() : read(" and p.id in :ids", ids);
  }

  /** A value that changes with every change of any project (see {@link Projects}). */
  public String revision() {
    return projects.publishedRevision();
  }

  private Map<Long, Facts> read(String and, @Nullable Collection<Long> ids) {
    Map<Long, List<String>> areas =
        pairs("select p.id, a from Project p join p.policyAreas a" + PUBLISHED + and, ids);
    Map<Long, List<String>> technologies =
        pairs("select p.id, t from Project p join p.technologies t" + PUBLISHED + and, ids);
    Map<Long, Facts> facts = new HashMap<>();
    for (Object[] row :
        query(
                "select p.id, p.country, p.level, p.status, p.startDate from Project p"
                    + PUBLISHED
                    + and,
                ids)
            .getResultList()) {
      long project = ((Number) row[0]).longValue();
      LocalDate start = (LocalDate) row[4];
      facts.put(
          project,
          new Facts(
              project,
              code(row[1]),
              code(row[2]),
              code(row[3]),
              start == null ? null : start.getYear(),
              areas.getOrDefault(project, List.of()),
              technologies.getOrDefault(project, List.of())));
    }
    return facts;
  }

  private Map<Long, List<String>> pairs(String jpql, @Nullable Collection<Long> ids) {
    Map<Long, List<String>> values = new HashMap<>();
    for (Object[] row : query(jpql, ids).getResultList()) {
      String value = code(row[1]);
      if (value != null) {
        values.computeIfAbsent(((Number) row[0]).longValue(), any -> new ArrayList<>(2)).add(value);
      }
    }
    return values;
  }

  private TypedQuery<Object[]> query(String jpql, @Nullable Collection<Long> ids) {
    TypedQuery<Object[]> query =
        entities
            .createQuery(jpql, Object[].class)
            .setParameter("published", Project.Publication.PUBLISHED);
    if (ids != null) {
      query.setParameter("ids", ids);
    }
    return query;
  }

  /** Codes repeat across thousands of projects: one string each. */
  private static @Nullable String code(@Nullable Object value) {
    return value == null ? null : value.toString().intern();
  }
}
