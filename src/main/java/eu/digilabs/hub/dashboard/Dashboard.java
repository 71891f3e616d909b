package eu.digilabs.hub.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.digilabs.hub.events.EventTotals;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectStatistics;
import eu.digilabs.hub.reuse.ServiceCoverage;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Counts the dashboard's figures from the modules' public services. A filter's figures are kept for
 * {@link #FRESH} and then counted again, so a busy dashboard costs a few grouped queries a minute,
 * and every figure says when it was counted.
 */
@Service
public class Dashboard {

  /** The charts, in the order the page draws them. */
  public static final List<String> CHARTS =
      List.of(
          "project-status",
          "project-technology",
          "project-country",
          "project-year",
          "lab-country",
          "lab-activity",
          "failure-cause",
          "failure-phase");

  private final ProjectStatistics projects;
  private final LabDirectory labs;
  private final FailureReportService failures;
  private final EventTotals events;
  private final Catalogue catalogue;
  private final ServiceCoverage coverage;

  /** What the filters do not narrow, counted once for every filter. */
  private record Common(
      Instant at,
      Map<String, Map<String, Long>> counts,
      List<Figures.CoverageRow> coverage,
      EventTotals.Totals events) {}

  private final Cache<DashboardFilter, ProjectStatistics.Counts> counted;
  private final Cache<Boolean, Common> common;

  Dashboard(
      ProjectStatistics projects,
      LabDirectory labs,
      FailureReportService failures,
      EventTotals events,
      Catalogue catalogue,
      ServiceCoverage coverage,
      @Value("${hub.dashboard.fresh:1m}") Duration fresh) {
    this.counted = Caffeine.newBuilder().expireAfterWrite(fresh).maximumSize(500).build();
    this.common = Caffeine.newBuilder().expireAfterWrite(fresh).maximumSize(1).build();
    this.projects = projects;
    this.labs = labs;
    this.failures = failures;
    this.events = events;
    this.catalogue = catalogue;
    this.coverage = coverage;
  }

  public Figures figures(DashboardFilter filter) {
    Common shared = common.get(true, any -> countCommon());
    ProjectStatistics.Counts projectCounts = counted.get(filter, this::countProjects);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("project-status", projectCounts.byStatus());
    counts.put("project-technology", projectCounts.byTechnology());
    counts.put("project-country", projectCounts.byCountry());
    counts.put("project-year", projectCounts.byYear());
    counts.putAll(shared.counts());
    return new Figures(
        shared.at(), projectCounts.total(), counts, shared.coverage(), shared.events());
  }

  private ProjectStatistics.Counts countProjects(DashboardFilter filter) {
    return projects.counts(
        new ProjectFilter(
            null,
            filter.country(),
            filter.level(),
            filter.policyArea(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  private Common countCommon() {
    Instant now = Instant.now();
    FailureReportService.Lessons lessons = failures.lessons();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("lab-country", descending(labs.activeLabsByCountry()));
    counts.put("lab-activity", labs.labsByActivity(now));
    counts.put("failure-cause", lessons.byCause());
    counts.put("failure-phase", lessons.byPhase());
    return new Common(now, counts, coverage(), events.totals(now));
  }

  private List<Figures.CoverageRow> coverage() {
    Map<Long, ServiceCoverage.Coverage> covered = coverage.byService();
    List<Figures.CoverageRow> rows = new ArrayList<>();
    for (Map.Entry<ServiceView, List<Long>> subject : catalogue.ozgServicesBySubject().entrySet()) {
      long offered = 0;
      long live = 0;
      long states = 0;
      for (Long service : subject.getValue()) {
        ServiceCoverage.Coverage c = covered.get(service);
        if (c != null && c.offered()) {
          offered++;
          if (!c.liveStates().isEmpty()) {
            live++;
            states += c.liveStates().size();
          }
        }
      }
      rows.add(
          new Figures.CoverageRow(
              subject.getKey().id(),
              subject.getKey().name(),
              subject.getValue().size(),
              offered,
              live,
              live == 0 ? 0 : (double) states / live));
    }
    return rows;
  }

  private static Map<String, Long> descending(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
