package eu.digilabs.hub.shared.locks;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks in the database for work that one node at a time does. A scheduled method names its lock
 * with {@code @SchedulerLock}: while another node holds it, the run is skipped. Start-up tasks
 * {@link #runAlone wait} for theirs instead, since each must have run before the node goes on.
 *
 * <p>A lock is held for {@link #HELD_FOR} and renewed halfway for as long as its work runs, so a
 * node that dies (kill -9, power cut) frees its locks within that time and another node takes the
 * work over at its next turn.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
public class JobLocks implements OneAtATime, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

  /** How long a lock outlives a node that stopped renewing it. */
  static final Duration HELD_FOR = Duration.ofMinutes(5);

  private static final Duration RETRY_EVERY = Duration.ofMillis(500);

  private final ScheduledExecutorService renewals =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "hub-lock-renewal");
            thread.setDaemon(true);
            return thread;
          });

  private final LockProvider locks;

  JobLocks(DataSource dataSource) {
    JdbcTemplateLockProvider database =
        new JdbcTemplateLockProvider(
            JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(nodeName())
                .build());
    this.locks = new KeepAliveLockProvider(database, renewals);
  }

  @Bean
  LockProvider lockProvider() {
    return locks;
  }

  /**
   * {@inheritDoc} The start-up tasks of nodes started together run one after the other, each seeing
   * what the one before wrote.
   */
  @Override
  public void runAlone(String name, Runnable work) {
    SimpleLock lock = await(name);
    try {
      work.run();
    } finally {
      lock.unlock();
    }
  }

  private SimpleLock await(String name) {
    boolean told = false;
    while (true) {
      Optional<SimpleLock> lock =
          locks.lock(new LockConfiguration(Instant.now(), name, HELD_FOR, Duration.ZERO));
      if (lock.isPresent()) {
        return lock.get();
      }
      if (!told) {
        log.info("Waiting for {}: another node holds its lock", name);
        told = true;
      }
      try {
        Thread.sleep(RETRY_EVERY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the lock " + name, e);
      }
    }
  }

  /** The host and process, as the lock table shows who holds a lock. */
  static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
  }

  @Override
  public void destroy() {
    renewals.shutdownNow();
  }
}
