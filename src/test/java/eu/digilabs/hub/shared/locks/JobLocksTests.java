package eu.digilabs.hub.shared.locks;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * The locks in the database as a second node sees them: a node's row in {@code shedlock} stands for
 * another hub process on the same database.
 */
@HubTest
class JobLocksTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired OneAtATime oneAtATime;

  @Test
  void aScheduledJobIsSkippedWhileAnotherNodeHoldsItsLockAndRunsOnceItIsFree() throws Exception {
    List<LockedJob> jobs = lockedJobs();
    assertThat(jobs)
        .extracting(LockedJob::lock)
        .contains("retention", "digests", "question-reminders", "open-data-exports");

    for (LockedJob job : jobs) {
      Instant until = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);
      holdAsOtherNode(job.lock(), until);

      job.invoke();

      assertThat(holder(job.lock()))
          .as("%s leaves the other node's lock alone", job)
          .containsEntry("locked_by", "node-b")
          .containsEntry("lock_until", Timestamp.from(until));

      // The other node is done: its lock ran out.
      holdAsOtherNode(job.lock(), Instant.now().minusSeconds(1));
      Instant before = Instant.now();
      job.invoke();

      Map<String, Object> row = holder(job.lock());
      assertThat(row).as("%s took its lock", job).containsEntry("locked_by", JobLocks.nodeName());
      assertThat(((Timestamp) row.get("lock_until")).toInstant())
          .as("%s freed its lock when it was done", job)
          .isBefore(before.plus(JobLocks.HELD_FOR));
    }
  }

  @Test
  void aNodeWaitsForTheLockOfAStartupTaskThatAnotherNodeRuns() throws InterruptedException {
    List<String> done = new CopyOnWriteArrayList<>();
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                oneAtATime.runAlone(
                    "startup-test",
                    () -> {
                      firstRunning.countDown();
                      await(release);
                      done.add("first");
                    }));
    first.start();
    assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
    Thread second = new Thread(() -> oneAtATime.runAlone("startup-test", () -> done.add("second")));
    second.start();

    Thread.sleep(1_000);
    assertThat(done).as("the second waits while the first holds the lock").isEmpty();
    release.countDown();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> done.size() == 2);
    assertThat(done).containsExactly("first", "second");
    first.join();
    second.join();
  }

  @Test
  void theLockOfADeadNodeIsTakenOnceItRanOut() {
    holdAsOtherNode("startup-dead-node", Instant.now().minusSeconds(1));
    List<String> done = new ArrayList<>();

    oneAtATime.runAlone("startup-dead-node", () -> done.add("ran"));

    assertThat(done).containsExactly("ran");
    assertThat(holder("startup-dead-node")).containsEntry("locked_by", JobLocks.nodeName());
  }

  /** Writes the other node's row as ShedLock would: a lock's row stays once it was written. */
  private void holdAsOtherNode(String name, Instant until) {
    Timestamp lockedAt = Timestamp.from(Instant.now().minusSeconds(5));
    int updated =
        jdbc.update(
            "UPDATE shedlock SET lock_until = ?, locked_at = ?, locked_by = 'node-b' WHERE name = ?",
            Timestamp.from(until),
            lockedAt,
            name);
    if (updated > 0) {
      return;
    }
    jdbc.update(
        "INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, 'node-b')",
        name,
        Timestamp.from(until),
        lockedAt);
  }

  private Map<String, Object> holder(String name) {
    return jdbc.queryForMap("SELECT locked_by, lock_until FROM shedlock WHERE name = ?", name);
  }

  /** Every bean method that takes a lock, called through the bean as the scheduler calls it. */
  private List<LockedJob> lockedJobs() {
    List<LockedJob> jobs = new ArrayList<>();
    for (String name : context.getBeanDefinitionNames()) {
      Object bean = context.getBean(name);
      for (Method method : ClassUtils.getUserClass(bean).getDeclaredMethods()) {
        SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
        if (lock != null) {
          jobs.add(new LockedJob(bean, method, lock.name()));
        }
      }
    }
    return jobs;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record LockedJob(Object bean, Method method, String lock) {

    void invoke() throws IllegalAccessException, InvocationTargetException {
      // The method is public; its class may be package-private.
      method.setAccessible(true);
      method.invoke(bean);
    }

    @Override
    public String toString() {
      return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
  }
}
