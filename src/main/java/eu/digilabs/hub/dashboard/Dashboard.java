package eu.digilabs.hub.dashboard;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import eu.digilabs.hub.events.EventChanged;
import eu.digilabs.hub.events.EventTotals;
import eu.digilabs.hub.knowledge.FailureReportChanged;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabActivity;
import eu.digilabs.hub.labs.LabChanged;
import eu.digilabs.hub.labs.LabStatistics;
import eu.digilabs.hub.reuse.PublishedSolutionChanged;
import eu.digilabs.hub.reuse.ServiceCoverage;
import eu.digilabs.hub.reuse.SolutionPublished;
import eu.digilabs.hub.reuse.SolutionRetired;
import eu.digilabs.hub.reuse.SolutionWithdrawn;
import eu.digilabs.hub.reuse.UptakeDeclared;
import eu.digilabs.hub.reuse.UptakeStageChanged;
import eu.digilabs.hub.reuse.UptakeVisibilityChanged;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.CatalogueChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dashboard's figures. Project figures come from the {@link ProjectTally}, kept up to date by
 * the projects module's events and counted in memory for any filter. The rest (labs, failure
 * reports, the catalogue's coverage, event totals) is counted together, counted again right after a
 * module event says it changed, and otherwise, when read, in the background once older than {@code
 * hub.dashboard.fresh} (for what announces no event: seats taken, time passing); a request waits
 * for a count only after a change or after twice that time without a reader.
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

  private final ProjectTally projects;
  private final LabStatistics labs;
  private final FailureReportService failures;
  private final EventTotals events;
  private final Catalogue catalogue;
  private final ServiceCoverage coverage;

  /** What the filters do not narrow, counted once for every filter. */
  private record Common(
      Instant at,
      Map<String, Map<String, Long>> counts,
      List<Figures.CoverageRow> coverage,
      Map<String, Map<String, Long>> failureCauseByPhase,
      EventTotals.Totals events) {}

  private final LoadingCache<String, Common> common;

  Dashboard(
      ProjectTally projects,
      LabStatistics labs,
      FailureReportService failures,
      EventTotals events,
      Catalogue catalogue,
      ServiceCoverage coverage,
      @Value("${hub.dashboard.fresh:1m}") Duration fresh) {
    Caffeine<Object, Object> cache = Caffeine.newBuilder().maximumSize(20);
    this.common =
        (fresh.isZero()
                ? cache.expireAfterWrite(Duration.ZERO)
                : cache.refreshAfterWrite(fresh).expireAfterWrite(fresh.multipliedBy(2)))
            .build(this::countCommon);
    this.projects = projects;
    this.labs = labs;
    this.failures = failures;
    this.events = events;
    this.catalogue = catalogue;
    this.coverage = coverage;
  }

  public Figures figures(DashboardFilter filter) {
    String state = filter.state();
    Common shared = common.get(state == null ? "" : state);
    ProjectCounts projectCounts = projects.counts(filter);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("project-status", projectCounts.byStatus());
    counts.put("project-technology", projectCounts.byTechnology());
    counts.put("project-country", projectCounts.byCountry());
    counts.put("project-year", projectCounts.byYear());
    counts.putAll(shared.counts());
    return new Figures(
        shared.at(),
        projectCounts.total(),
        counts,
        shared.coverage(),
        shared.failureCauseByPhase(),
        shared.events());
  }

  /**
   * A module says that what the common figures count changed: count them on the next request. The
   * fact is a parameter although unused: Spring Modulith marks a listener's publication of it
   * completed by the listener's first argument.
   */
  @TransactionalEventListener(
      fallbackExecution = true,
      classes = {
        LabChanged.class,
        LabActivity.class,
        FailureReportChanged.class,
        SolutionPublished.class,
        PublishedSolutionChanged.class,
        SolutionRetired.class,
        SolutionWithdrawn.class,
        UptakeDeclared.class,
        UptakeStageChanged.class,
        UptakeVisibilityChanged.class,
        EventChanged.class,
        CatalogueChanged.class
      })
  void changed(Object fact) {
    common.invalidateAll();
  }

  private Common countCommon(String state) {
    Instant now = Instant.now();
    String region = state.isEmpty() ? null : state;
    FailureReportService.Lessons lessons = failures.lessons();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("lab-country", descending(labs.activeByCountry()));
    counts.put("lab-activity", labs.byActivity(now));
    counts.put("failure-cause", lessons.byCause());
    counts.put("failure-phase", lessons.byPhase());
    return new Common(
        now,
        counts,
        CoverageRows.of(catalogue.ozgServicesBySituation(), coverage.byService(), region),
        lessons.byCauseAndPhase(),
        events.totals(now));
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
