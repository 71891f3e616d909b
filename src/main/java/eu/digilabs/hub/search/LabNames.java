package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.LAB;
import static eu.digilabs.hub.search.SearchFields.TITLE;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** The names of the labs that results belong to, read from the labs' index. */
final class LabNames {

  private LabNames() {}

  /** The hits with the names of the labs their projects and solutions belong to (one query). */
  static List<SearchResults.Hit> added(SearchSession session, List<SearchResults.Hit> hits) {
    Set<Long> labs = new LinkedHashSet<>();
    for (SearchResults.Hit hit : hits) {
      if (namesLab(hit) && hit.lab() != null) {
        labs.add(hit.lab());
      }
    }
    if (labs.isEmpty()) {
      return hits;
    }
    Map<Long, String> names = of(session, labs);
    return hits.stream()
        .map(hit -> namesLab(hit) ? hit.withLabName(names.get(hit.lab())) : hit)
        .toList();
  }

  /** Projects show their lead lab, solutions their provider lab. */
  private static boolean namesLab(SearchResults.Hit hit) {
    return "project".equals(hit.type()) || "solution".equals(hit.type());
  }

  /** Titles of the given published labs, by id. */
  static Map<Long, String> of(SearchSession session, Collection<Long> labs) {
    Map<Long, String> names = new HashMap<>();
    if (labs.isEmpty()) {
      return names;
    }
    session
        .search(session.scope(Object.class, "Lab"))
        .select(
            f ->
                f.composite().from(f.field(LAB, Long.class), f.field(TITLE, String.class)).asList())
        .where(
            f ->
                f.and(
                    f.match().field(VISIBLE).matching(true),
                    f.terms().field(LAB).matchingAny(labs)))
        .fetchHits(labs.size())
        .forEach(row -> names.put((Long) row.get(0), (String) row.get(1)));
    return names;
  }
}
