package eu.digilabs.hub.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Module events that some listener has not handled yet, as Spring Modulith's publication registry
 * records them. A command that stops the hub waits for them first, so that it leaves no publication
 * half-handled behind (the index, the passages and the activity would miss it).
 */
@Component
public class EventBacklog {

  private final JdbcTemplate jdbc;

  EventBacklog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * How many publications since {@code since} some listener still has to handle (those whose
   * listener failed are retried at the next start, not waited for).
   */
  public long pending(Instant since) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from event_publication"
                + " where completion_date is null and publication_date >= ?"
                + " and (status is null or status <> 'FAILED')",
            Long.class,
            OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    return count == null ? 0 : count;
  }

  /** Waits at most {@code limit} until every publication since {@code since} is handled. */
  public boolean await(Instant since, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (pending(since) > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(250);
    }
    return true;
  }
}
