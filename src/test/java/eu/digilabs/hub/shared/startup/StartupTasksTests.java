package eu.digilabs.hub.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.shared.locks.OneAtATime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class StartupTasksTests {

  /** One node: nobody else holds a start-up task's lock. */
  private static final OneAtATime ALONE = (name, work) -> work.run();

  private final List<String> done = new CopyOnWriteArrayList<>();

  @Test
  void withoutBackgroundEveryTaskIsDoneInPhaseOrderBeforeStartReturns() {
    var tasks =
        new StartupTasks(
            List.of(task("demo", 10, false), task("admin", 0, true), task("toolkit", 5, false)),
            ALONE,
            false);

    tasks.start();

    assertThat(done).containsExactly("admin", "toolkit", "demo");
    assertThat(tasks.settingUp()).isFalse();
  }

  @Test
  void inTheBackgroundOnlyTheTasksNeededBeforeServingHoldUpTheStart() {
    var release = new CountDownLatch(1);
    var tasks =
        new StartupTasks(
            List.of(
                task("reference data", 25, false),
                waiting("demo", 10, new CountDownLatch(1), release),
                task("imports", 20, true),
                task("admin", 0, true)),
            ALONE,
            true);

    tasks.start();

    assertThat(done).containsExactly("admin", "imports");
    assertThat(tasks.settingUp()).isTrue();
    release.countDown();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !tasks.settingUp());
    assertThat(done).containsExactly("admin", "imports", "demo", "reference data");
    assertThat(tasks.settingUp()).isFalse();
  }

  @Test
  void aFailedBackgroundTaskIsLoggedAndTheNextOnesStillRun() {
    var tasks =
        new StartupTasks(
            List.of(failing("demo", 10, false), task("reference data", 25, false)), ALONE, true);

    tasks.start();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !tasks.settingUp());

    assertThat(done).containsExactly("reference data");
  }

  @Test
  void aFailedTaskNeededBeforeServingStopsTheStart() {
    var tasks =
        new StartupTasks(List.of(failing("admin", 0, true), task("demo", 10, false)), ALONE, true);

    assertThatThrownBy(tasks::start).hasMessage("admin failed");
    assertThat(done).isEmpty();
  }

  @Test
  void aShutdownSkipsTheTasksThatHaveNotBegun() throws InterruptedException {
    var release = new CountDownLatch(1);
    var started = new CountDownLatch(1);
    var tasks =
        new StartupTasks(
            List.of(waiting("demo", 10, started, release), task("reference data", 25, false)),
            ALONE,
            true);
    tasks.start();
    // Stop only once the first task runs: on a busy machine the thread may not have begun yet.
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopping = new Thread(tasks::stop);
    stopping.start();
    // stop() waits for the running task; let it finish.
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(tasks::stopRequested);
    release.countDown();
    stopping.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(done).containsExactly("demo");
    assertThat(tasks.isRunning()).isFalse();
  }

  private StartupTask task(String name, int phase, boolean beforeServing) {
    return task(phase, beforeServing, () -> done.add(name));
  }

  private StartupTask failing(String name, int phase, boolean beforeServing) {
    return task(
        phase,
        beforeServing,
        () -> {
          throw new IllegalStateException(name + " failed");
        });
  }

  private StartupTask waiting(
      String name, int phase, CountDownLatch started, CountDownLatch release) {
    return task(
        phase,
        false,
        () -> {
          started.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          done.add(name);
        });
  }

  private static StartupTask task(int phase, boolean beforeServing, Runnable work) {
    return new StartupTask() {
      @Override
      public int getPhase() {
        return phase;
      }

      @Override
      protected boolean beforeServing() {
        return beforeServing;
      }

      @Override
      protected void run() {
        work.run();
      }
    };
  }
}
