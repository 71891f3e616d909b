package eu.digilabs.hub.dashboard;

import eu.digilabs.hub.projects.ProjectPublished;
import eu.digilabs.hub.projects.ProjectStatistics;
import eu.digilabs.hub.projects.ProjectStatistics.Facts;
import eu.digilabs.hub.projects.ProjectWithdrawn;
import eu.digilabs.hub.projects.PublishedProjectChanged;
import eu.digilabs.hub.shared.locks.EveryNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dashboard's own tally of the published projects' countable facts, kept up to date by the
 * projects module's events: a change's project is noted after its transaction commits and read
 * again, with every other project noted meanwhile in one query, by the next reader of the figures.
 * A filter's figures are then counted in memory (a few milliseconds for 100,000 projects), never by
 * the database per request. Writers only note an id: they neither wait for the tally nor take a
 * second database connection while they hold their own.
 *
 * <p>Changes that announce no event (a bulk load, another node's writes) are caught by comparing
 * the projects' revision every {@code hub.dashboard.reconcile}; the tally is then read afresh.
 */
@Component
class ProjectTally {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectTally.class);
  private static final int READ_AT_ONCE = 1_000;

  private final ProjectStatistics projects;
  private volatile @Nullable Map<Long, Facts> facts;
  private volatile String revision = "";
  private volatile Instant at = Instant.EPOCH;
  private final Set<Long> changed = ConcurrentHashMap.newKeySet();

  ProjectTally(ProjectStatistics projects) {
    this.projects = projects;
  }

  /** The counts under the filter. */
  ProjectCounts counts(DashboardFilter filter) {
    return ProjectCounts.of(current().values(), filter);
  }

  /** When the tally last took in a change. */
  Instant at() {
    current();
    return at;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ProjectPublished fact) {
    changed.add(fact.projectId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PublishedProjectChanged fact) {
    changed.add(fact.projectId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ProjectWithdrawn fact) {
    changed.add(fact.projectId());
  }

  @Scheduled(
      initialDelayString = "${hub.dashboard.reconcile:PT10M}",
      fixedDelayString = "${hub.dashboard.reconcile:PT10M}")
  @EveryNode("the figures are held in this node's memory")
  void reconcile() {
    if (facts != null && !projects.revision().equals(revision)) {
      LOG.info("Project figures changed without an event; counting them afresh");
      rebuild();
    }
  }

  private synchronized Map<Long, Facts> current() {
    Map<Long, Facts> current = facts;
    if (current == null) {
      return rebuild();
    }
    if (!changed.isEmpty()) {
      try {
        takeIn(current);
      } catch (RuntimeException e) {
        LOG.warn("Could not read changed projects for the dashboard; counting afresh", e);
        return rebuild();
      }
    }
    return current;
  }

  /** Reads the noted projects again: published ones replace their facts, others leave. */
  private void takeIn(Map<Long, Facts> current) {
    List<Long> ids = List.copyOf(changed);
    for (int from = 0; from < ids.size(); from += READ_AT_ONCE) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + READ_AT_ONCE));
      Map<Long, Facts> read = projects.of(part);
      for (Long id : part) {
        Facts fact = read.get(id);
        if (fact != null) {
          current.put(id, fact);
        } else {
          current.remove(id);
        }
      }
      changed.removeAll(part);
    }
    at = Instant.now();
  }

  /**
   * Reads every project's facts. The noted changes are dropped first: those committed before the
   * reading are in it, and those noted during it are read again by the next reader.
   */
  private synchronized Map<Long, Facts> rebuild() {
    changed.clear();
    String next = projects.revision();
    Map<Long, Facts> fresh = new ConcurrentHashMap<>(projects.all());
    facts = fresh;
    revision = next;
    at = Instant.now();
    return fresh;
  }
}
