package eu.digilabs.hub.shared.startup;

import eu.digilabs.hub.shared.locks.JobLocks;
import eu.digilabs.hub.shared.locks.OneAtATime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs the {@link StartupTask}s once the beans are ready. A first start has the method toolkit and
 * the demo content to write and an embedding model to load. With {@code
 * hub.startup.in-background=true} (the default) the tasks needed before serving run first, in phase
 * order; the others then run in phase order in one background thread while the site answers, and
 * the home page says so ({@link #settingUp()}). With {@code false} every task is done in phase
 * order before the web server starts, which tests and the commands use to begin from a known state.
 *
 * <p>Nodes that start together on one database take turns: each task runs under its lock ({@link
 * JobLocks#runAlone}), so a second node waits for the first node's task and then finds its work
 * done (every task checks what is already there).
 */
@Component
public class StartupTasks implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

  /** How long a shutdown waits for the task that is running. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final List<StartupTask> tasks;
  private final OneAtATime locks;
  private final boolean inBackground;
  private volatile boolean running;
  private volatile boolean stopping;
  private volatile @Nullable Thread worker;

  StartupTasks(
      List<StartupTask> tasks,
      OneAtATime locks,
      @Value("${hub.startup.in-background:true}") boolean inBackground) {
    this.tasks = tasks.stream().sorted(Comparator.comparingInt(StartupTask::getPhase)).toList();
    this.locks = locks;
    this.inBackground = inBackground;
  }

  /** Before the web server, whose phase is far above the default one. */
  @Override
  public int getPhase() {
    return 0;
  }

  @Override
  public void start() {
    running = true;
    stopping = false;
    if (!inBackground) {
      tasks.forEach(this::runAlone);
      return;
    }
    tasks.stream().filter(StartupTask::beforeServing).forEach(this::runAlone);
    List<StartupTask> later = tasks.stream().filter(t -> !t.beforeServing()).toList();
    Thread thread = new Thread(() -> runAll(later), "hub-startup");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  private void runAll(List<StartupTask> later) {
    long started = System.nanoTime();
    try {
      for (StartupTask task : later) {
        if (stopping) {
          return;
        }
        try {
          runAlone(task);
        } catch (RuntimeException | LinkageError e) {
          // One failed task (say, demo content that no longer fits, or a native library that
          // cannot load) must not keep the others, such as the reference-data import, from
          // running.
          log.error("Start-up task {} failed", task.getClass().getSimpleName(), e);
        }
      }
      log.info(
          "Start-up tasks done in the background in {} ms",
          Duration.ofNanos(System.nanoTime() - started).toMillis());
    } finally {
      // A restart after a stop that timed out has a new worker: leave it be.
      if (worker == Thread.currentThread()) {
        worker = null;
      }
    }
  }

  private void runAlone(StartupTask task) {
    locks.runAlone("startup-" + ClassUtils.getUserClass(task).getSimpleName(), task::run);
  }

  /** Whether start-up tasks are still running in the background. */
  public boolean settingUp() {
    return worker != null;
  }

  @Override
  public void stop() {
    stopping = true;
    Thread thread = worker;
    if (thread != null) {
      try {
        thread.join(STOP_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    running = false;
  }

  boolean stopRequested() {
    return stopping;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
