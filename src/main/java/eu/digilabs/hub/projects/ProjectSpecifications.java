package eu.digilabs.hub.projects;

import eu.digilabs.hub.shared.text.QueryText;
import jakarta.persistence.criteria.JoinType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.lang.Contract;

/** The project list's filters as a query, and its sort orders. */
final class ProjectSpecifications {

  private ProjectSpecifications() {}

  /** {@code title}, {@code start} (newest start first, unknown last), else the newest change. */
  static Sort sort(@Nullable String sort) {
    if ("title".equals(sort)) {
      return Sort.by("title").and(Sort.by("id"));
    }
    if ("start".equals(sort)) {
      return Sort.by(Sort.Order.desc("startDate").nullsLast())
          .and(Sort.by(Sort.Direction.DESC, "id"));
    }
    return Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id"));
  }

  /**
   * Published projects matching every filter; {@code subjectServices} are the catalogue services
   * below the filter's OZG Themenfeld (null: no such filter).
   */
  static Specification<Project> published(ProjectFilter f, @Nullable Set<Long> subjectServices) {
    List<Specification<Project>> parts = new ArrayList<>();
    parts.add(
        (root, query, cb) -> cb.equal(root.get("publication"), Project.Publication.PUBLISHED));
    if (QueryText.present(f.q())) {
      String pattern = QueryText.contains(f.q());
      parts.add(
          (root, query, cb) ->
              cb.or(
                  cb.like(cb.lower(root.get("title")), pattern, QueryText.ESCAPE),
                  cb.like(cb.lower(root.get("summary")), pattern, QueryText.ESCAPE)));
    }
    equal(parts, "country", f.country());
    equal(parts, "level", f.level());
    equal(parts, "phase", f.phase());
    equal(parts, "status", f.status());
    equal(parts, "contentLanguage", f.language());
    if (present(f.source())) {
      String source = f.source().strip();
      parts.add((root, query, cb) -> cb.equal(root.get("source").get("name"), source));
    }
    member(parts, "policyAreas", f.policyArea());
    member(parts, "technologies", f.technology());
    member(parts, "serviceIds", f.service());
    if (subjectServices != null) {
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var inner = sub.from(Project.class);
            sub.select(inner.get("id"))
                .where(inner.join("serviceIds", JoinType.INNER).in(subjectServices));
            return root.get("id").in(sub);
          });
    }
    Boolean reusable = f.reusable();
    if (reusable != null) {
      parts.add((root, query, cb) -> cb.equal(root.get("outcome").get("reusable"), reusable));
    }
    Long lab = f.lab();
    if (lab != null) {
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var partner = sub.from(Project.class);
            sub.select(partner.get("id")).where(cb.equal(partner.join("partnerLabIds"), lab));
            return cb.or(cb.equal(root.get("leadLabId"), lab), root.get("id").in(sub));
          });
    }
    return Specification.allOf(parts);
  }

  private static void equal(
      List<Specification<Project>> parts, String attribute, @Nullable String value) {
    if (present(value)) {
      String wanted = value.strip();
      parts.add((root, query, cb) -> cb.equal(root.get(attribute), wanted));
    }
  }

  private static void member(
      List<Specification<Project>> parts, String collection, @Nullable Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      Object wanted = value;
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var inner = sub.from(Project.class);
            sub.select(inner.get("id"))
                .where(cb.equal(inner.join(collection, JoinType.INNER), wanted));
            return root.get("id").in(sub);
          });
    }
  }

  @Contract("null -> false")
  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
