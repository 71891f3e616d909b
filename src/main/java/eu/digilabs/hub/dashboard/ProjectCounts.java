package eu.digilabs.hub.dashboard;

import eu.digilabs.hub.projects.ProjectStatistics.Facts;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Published projects counted by status, technology, country and start year under the dashboard's
 * filters, which match as the project list's filters do (equal country and level, policy area among
 * the project's), so that each count is the total the list shows for it.
 *
 * @param byStatus and the others: counts by code, the largest first (years in their order)
 */
record ProjectCounts(
    long total,
    Map<String, Long> byStatus,
    Map<String, Long> byTechnology,
    Map<String, Long> byCountry,
    Map<String, Long> byYear) {

  static ProjectCounts of(Collection<Facts> projects, DashboardFilter filter) {
    long total = 0;
    Map<String, Long> status = new HashMap<>();
    Map<String, Long> technology = new HashMap<>();
    Map<String, Long> country = new HashMap<>();
    Map<String, Long> year = new HashMap<>();
    for (Facts project : projects) {
      if (!matches(project, filter)) {
        continue;
      }
      total++;
      add(status, project.status());
      project.technologies().forEach(code -> add(technology, code));
      add(country, project.country());
      add(year, project.year() == null ? null : project.year().toString());
    }
    Comparator<Map.Entry<String, Long>> largestFirst =
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey());
    return new ProjectCounts(
        total,
        sorted(status, largestFirst),
        sorted(technology, largestFirst),
        sorted(country, largestFirst),
        sorted(year, Map.Entry.comparingByKey()));
  }

  static boolean matches(Facts project, DashboardFilter filter) {
    return (filter.country() == null || filter.country().equals(project.country()))
        && (filter.level() == null || filter.level().equals(project.level()))
        && (filter.policyArea() == null || project.policyAreas().contains(filter.policyArea()));
  }

  private static void add(Map<String, Long> counts, @Nullable String code) {
    if (code != null) {
      counts.merge(code, 1L, Long::sum);
    }
  }

  private static Map<String, Long> sorted(
      Map<String, Long> counts, Comparator<Map.Entry<String, Long>> order) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(order)
        .forEach(e -> sorted.put(e.getKey(), Objects.requireNonNull(e.getValue())));
    return sorted;
  }
}
