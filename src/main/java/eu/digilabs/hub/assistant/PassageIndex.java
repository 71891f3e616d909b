package eu.digilabs.hub.assistant;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElseGet;

import eu.digilabs.hub.discussions.DiscussionChanged;
import eu.digilabs.hub.events.EventChanged;
import eu.digilabs.hub.knowledge.ArticleChanged;
import eu.digilabs.hub.knowledge.CourseChanged;
import eu.digilabs.hub.knowledge.FailureReportChanged;
import eu.digilabs.hub.knowledge.MethodCardChanged;
import eu.digilabs.hub.labs.LabChanged;
import eu.digilabs.hub.projects.ProjectPublished;
import eu.digilabs.hub.projects.ProjectWithdrawn;
import eu.digilabs.hub.projects.PublishedProjectChanged;
import eu.digilabs.hub.reuse.PublishedSolutionChanged;
import eu.digilabs.hub.reuse.SolutionPublished;
import eu.digilabs.hub.reuse.SolutionWithdrawn;
import eu.digilabs.hub.reuse.UptakeDeclared;
import eu.digilabs.hub.reuse.UptakeStageChanged;
import eu.digilabs.hub.reuse.UptakeVisibilityChanged;
import eu.digilabs.hub.shared.startup.StartupTask;
import eu.digilabs.hub.taxonomy.CatalogueChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the assistant's passages in step with published content: every module tells what changed
 * through its events; once the change committed, the passages of that group are written anew in the
 * background (as application module listeners) from what a visitor may now see. Hibernate Search
 * indexes them when that write commits. A full rebuild reads every group; it runs at start-up when
 * there are no passages but there is content (an existing installation getting the assistant), and
 * when an admin asks.
 */
@Component
class PassageIndex extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

  /** Groups written per transaction during a rebuild. */
  static final int BATCH = 50;

  /** Where a rebuild stands; {@code error} is set when it failed. */
  record Progress(
      boolean running,
      long done,
      long total,
      @Nullable Instant started,
      @Nullable Instant finished,
      @Nullable String error) {

    int percent() {
      return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    long seconds() {
      return started == null
          ? 0
          : Duration.between(started, finished == null ? Instant.now() : finished).toSeconds();
    }
  }

  private final Passages passages;
  private final PassageSources sources;
  private final TransactionTemplate reading;
  private final TransactionTemplate writes;
  private final JdbcTemplate jdbc;
  private final TaskExecutor executor;

  /** One writer at a time per node: a group is deleted and written again as a whole. */
  private final ReentrantLock writing = new ReentrantLock();

  private final AtomicReference<Progress> progress =
      new AtomicReference<>(new Progress(false, 0, 0, null, null, null));

  PassageIndex(
      Passages passages,
      PassageSources sources,
      TransactionTemplate transactions,
      JdbcTemplate jdbc,
      @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
    this.passages = passages;
    this.sources = sources;
    PlatformTransactionManager manager = requireNonNull(transactions.getTransactionManager());
    this.reading = new TransactionTemplate(manager);
    this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    // Each write commits before the next may start.
    this.writes = new TransactionTemplate(manager);
    this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.jdbc = jdbc;
    this.executor = executor;
  }

  // Each listener runs after the change committed, in the background (the changing request does
  // not wait for passages and their vectors), recorded in the event publication registry until it
  // is done: a change a stopped node had not yet written is written on the next start. No
  // transaction around it: refresh opens its own, and one held while waiting for the writer would
  // hold a connection.

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(ProjectPublished event) {
    refresh("project:" + event.projectId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(PublishedProjectChanged event) {
    refresh("project:" + event.projectId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(ProjectWithdrawn event) {
    refresh("project:" + event.projectId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(LabChanged event) {
    // A solution's passages name its provider lab.
    List<String> groups = new ArrayList<>();
    groups.add("lab:" + event.labId());
    groups.addAll(passages.groupsOfLab("solution", event.labId()));
    refresh(groups);
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(EventChanged event) {
    refresh("event:" + event.eventId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(ArticleChanged event) {
    refresh("article:" + event.articleId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(FailureReportChanged event) {
    refresh("failure-report:" + event.reportId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(DiscussionChanged event) {
    refresh("discussion:" + event.postId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(MethodCardChanged event) {
    refresh("method:" + event.cardId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(CourseChanged event) {
    refresh("course:" + event.code());
  }

  // A new version and retiring come with PublishedSolutionChanged: no listener of their own.

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(SolutionPublished event) {
    refresh("solution:" + event.solutionId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(PublishedSolutionChanged event) {
    refresh("solution:" + event.solutionId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(SolutionWithdrawn event) {
    refresh("solution:" + event.solutionId());
  }

  // Who uses a solution is part of its passages.

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(UptakeDeclared event) {
    refresh("solution:" + event.solutionId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(UptakeStageChanged event) {
    refresh("solution:" + event.solutionId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(UptakeVisibilityChanged event) {
    refresh("solution:" + event.solutionId());
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(CatalogueChanged event) {
    refresh(PassageSources.CATALOGUE);
  }

  /**
   * Whether every change published so far has reached the passages (no publication to this index is
   * incomplete in the registry), and no rebuild runs.
   */
  boolean idle() {
    if (progress().running()) {
      return false;
    }
    Long open =
        jdbc.queryForObject(
            "select count(*) from event_publication where completion_date is null"
                + " and listener_id like ?",
            Long.class,
            PassageIndex.class.getName() + ".%");
    return open == null || open == 0;
  }

  /** Writes the group's passages anew from what a visitor may see now. */
  void refresh(String group) {
    refresh(List.of(group));
  }

  private void refresh(List<String> groups) {
    writing.lock();
    var context = SecurityContextHolder.getContext();
    // Passages are read as a visitor: never with the rights of whoever caused the change.
    SecurityContextHolder.clearContext();
    try {
      // Read outside any transaction: each module reads in its own, and an item that is gone or
      // hidden (a NotFound) rolls back only that read.
      Map<String, List<Passage>> fresh = new LinkedHashMap<>();
      reading.executeWithoutResult(tx -> groups.forEach(g -> fresh.put(g, sources.passages(g))));
      writes.executeWithoutResult(
          tx ->
              fresh.forEach(
                  (group, written) -> {
                    // Passages that stay as they are keep their row and their vector: a change
                    // of who uses a solution embeds its two "Who uses it" passages again, not all.
                    List<Passage> gone = new ArrayList<>(passages.findByGroupKey(group));
                    List<Passage> added = new ArrayList<>();
                    for (Passage p : written) {
                      Passage same =
                          gone.stream().filter(old -> old.sameAs(p)).findFirst().orElse(null);
                      if (same == null) {
                        added.add(p);
                      } else {
                        gone.remove(same);
                      }
                    }
                    // Entity by entity, so that the index drops them too (a bulk delete bypasses
                    // it).
                    passages.deleteAll(gone);
                    passages.flush();
                    passages.saveAll(added);
                  }));
    } finally {
      SecurityContextHolder.setContext(context);
      writing.unlock();
    }
  }

  Progress progress() {
    return requireNonNull(progress.get());
  }

  /** Rebuilds every passage in the background; admins only. Answers whether it started. */
  @PreAuthorize("hasRole('ADMIN')")
  boolean startRebuild() {
    return rebuildInBackground();
  }

  private boolean rebuildInBackground() {
    Progress current = progress();
    if (current.running()
        || !progress.compareAndSet(current, new Progress(true, 0, 0, Instant.now(), null, null))) {
      return false;
    }
    executor.execute(this::rebuild);
    return true;
  }

  /** Rebuilds every group now, in batches; reports progress. */
  void rebuild() {
    Instant started = requireNonNullElseGet(progress().started(), Instant::now);
    long done = 0;
    try {
      var context = SecurityContextHolder.getContext();
      SecurityContextHolder.clearContext();
      List<String> groups;
      try {
        groups = reading.execute(tx -> sources.allGroups());
      } finally {
        SecurityContextHolder.setContext(context);
      }
      progress.set(new Progress(true, 0, groups.size(), started, null, null));
      for (int from = 0; from < groups.size(); from += BATCH) {
        List<String> batch = groups.subList(from, Math.min(groups.size(), from + BATCH));
        refresh(batch);
        done += batch.size();
        progress.set(new Progress(true, done, groups.size(), started, null, null));
      }
      log.info("Assistant passages rebuilt: {} groups, {} passages", done, passages.count());
      progress.set(new Progress(false, done, done, started, Instant.now(), null));
    } catch (RuntimeException e) {
      log.warn("Rebuilding the assistant's passages failed", e);
      progress.set(new Progress(false, done, done, started, Instant.now(), e.getMessage()));
    }
  }

  @Override
  public int getPhase() {
    return IMPORTS + 20;
  }

  /**
   * An installation that has content but no passages (it got the assistant with this version)
   * builds them in the background while it serves.
   */
  @Override
  protected void run() {
    // Labs and projects are what every installation with content has; the toolkit's passages may
    // already be on their way from this start's own seeding.
    if (passages.countBySourceTypeIn(List.of("lab", "project")) == 0
        && reading.execute(tx -> sources.allGroups()).stream()
            .anyMatch(g -> g.startsWith("lab:") || g.startsWith("project:"))) {
      log.info("The assistant has no passages yet: building them in the background");
      rebuildInBackground();
    }
  }
}
