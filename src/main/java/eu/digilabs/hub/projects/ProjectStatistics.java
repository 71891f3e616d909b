package eu.digilabs.hub.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

  /**
   * The project's facts if it is published, read in a transaction of its own (callers run after the
   * change's transaction committed).
   */
  @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
  public Optional<Facts> of(long id) {
    return Optional.ofNullable(read(" and p.id = :id", id).get(id));
  }

  /** A value that changes with every change of any project (see {@link Projects}). */
  public String revision() {
    return projects.publishedRevision();
  }

  private Map<Long, Facts> read(String and, @Nullable Long id) {
    Map<Long, List<String>> areas =
        pairs("select p.id, a from Project p join p.policyAreas a" + PUBLISHED + and, id);
    Map<Long, List<String>> technologies =
        pairs("select p.id, t from Project p join p.technologies t" + PUBLISHED + and, id);
    Map<Long, Facts> facts = new HashMap<>();
    for (Object[] row :
        query(
                "select p.id, p.country, p.level, p.status, p.startDate from Project p"
                    + PUBLISHED
                    + and,
                id)
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

  private Map<Long, List<String>> pairs(String jpql, @Nullable Long id) {
    Map<Long, List<String>> values = new HashMap<>();
    for (Object[] row : query(jpql, id).getResultList()) {
      String value = code(row[1]);
      if (value != null) {
        values.computeIfAbsent(((Number) row[0]).longValue(), any -> new ArrayList<>(2)).add(value);
      }
    }
    return values;
  }

  private TypedQuery<Object[]> query(String jpql, @Nullable Long id) {
    TypedQuery<Object[]> query =
        entities
            .createQuery(jpql, Object[].class)
            .setParameter("published", Project.Publication.PUBLISHED);
    if (id != null) {
      query.setParameter("id", id);
    }
    return query;
  }

  /** Codes repeat across thousands of projects: one string each. */
  private static @Nullable String code(@Nullable Object value) {
    return value == null ? null : value.toString().intern();
  }
}
