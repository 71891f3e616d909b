package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.projects.ProjectSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "Who else works on this service": the labs with published projects linked to a public service, by
 * country, and the documented cases without a lab, so that a lab finds its peers across borders.
 */
@Component
public class ServiceWork {

  /** At most this many projects are read for one service page. */
  static final int LIMIT = 500;

  /** A lab and how many of its projects name the service. */
  public record Lab(long id, String name, int projects) {}

  /** One country's labs and the cases without a lab there. */
  public record Country(String code, List<Lab> labs, int cases) {}

  private final ProjectQueries projects;

  ServiceWork(ProjectQueries projects) {
    this.projects = projects;
  }

  List<Country> of(long serviceId) {
    List<ProjectSummary> found =
        projects
            .list(
                new ProjectFilter(
                    null, null, null, null, null, null, null, serviceId, null, null, null, null,
                    null),
                0,
                LIMIT)
            .getContent();
    Map<String, Map<Long, Lab>> labs = new TreeMap<>();
    Map<String, Integer> cases = new TreeMap<>();
    for (ProjectSummary p : found) {
      String country = p.country() == null ? "" : p.country();
      Long lab = p.leadLabId();
      if (lab == null) {
        cases.merge(country, 1, Integer::sum);
      } else {
        labs.computeIfAbsent(country, c -> new LinkedHashMap<>())
            .merge(lab, new Lab(lab, name(p.leadLabName()), 1), ServiceWork::add);
      }
    }
    List<Country> countries = new ArrayList<>();
    java.util.Set<String> codes = new java.util.TreeSet<>(labs.keySet());
    codes.addAll(cases.keySet());
    for (String code : codes) {
      countries.add(
          new Country(
              code,
              List.copyOf(labs.getOrDefault(code, Map.of()).values()),
              cases.getOrDefault(code, 0)));
    }
    return countries;
  }

  private static Lab add(Lab a, Lab b) {
    return new Lab(a.id(), a.name(), a.projects() + b.projects());
  }

  private static String name(@Nullable String name) {
    return name == null ? "" : name;
  }
}
