package eu.digilabs.hub.reuse;

import eu.digilabs.hub.shared.text.QueryText;
import jakarta.persistence.criteria.JoinType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The solution list's filters as a query; newest change first. */
final class SolutionSpecifications {

  static final Sort NEWEST =
      Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id"));

  private SolutionSpecifications() {}

  /** Published solutions matching every filter. */
  static Specification<Solution> published(SolutionFilter f) {
    List<Specification<Solution>> parts = new ArrayList<>();
    parts.add(
        (root, query, cb) -> cb.equal(root.get("publication"), Solution.Publication.PUBLISHED));
    if (QueryText.present(f.q())) {
      String pattern = QueryText.contains(f.q());
      parts.add(
          (root, query, cb) ->
              cb.or(
                  cb.like(cb.lower(root.get("name")), pattern, QueryText.ESCAPE),
                  cb.like(cb.lower(root.get("shortDescription")), pattern, QueryText.ESCAPE)));
    }
    equal(parts, "kind", f.kind());
    equal(parts, "operatingModel", f.operatingModel());
    equal(parts, "status", f.status());
    equal(parts, "country", f.country());
    equal(parts, "region", f.region());
    String licence = f.licence();
    if ("open-source".equals(licence)) {
      parts.add((root, query, cb) -> cb.isTrue(root.get("openSource")));
    } else {
      equal(parts, "licenceFamily", licence);
    }
    Integer maturity = f.maturity();
    if (maturity != null) {
      parts.add((root, query, cb) -> cb.equal(root.get("maturity"), maturity));
    }
    Long lab = f.lab();
    if (lab != null) {
      parts.add((root, query, cb) -> cb.equal(root.get("providerLabId"), lab));
    }
    member(parts, "policyAreas", f.policyArea());
    member(parts, "technologies", f.technology());
    member(parts, "serviceIds", f.service());
    return Specification.allOf(parts);
  }

  private static void equal(
      List<Specification<Solution>> parts, String attribute, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      String wanted = value.strip();
      parts.add((root, query, cb) -> cb.equal(root.get(attribute), wanted));
    }
  }

  private static void member(
      List<Specification<Solution>> parts, String collection, @Nullable Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      Object wanted = value;
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var inner = sub.from(Solution.class);
            sub.select(inner.get("id"))
                .where(cb.equal(inner.join(collection, JoinType.INNER), wanted));
            return root.get("id").in(sub);
          });
    }
  }
}
