package eu.digilabs.hub.shared.retention;

import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly clean-up ({@code hub.retention.cron}): every module's {@link Retention}, then the
 * completed publications of the event registry.
 */
@Configuration
@EnableScheduling
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final List<Retention> retentions;
  private final CompletedEventPublications publications;
  private final RetentionProperties periods;

  RetentionJob(
      List<Retention> retentions,
      CompletedEventPublications publications,
      RetentionProperties periods) {
    this.retentions = retentions;
    this.publications = publications;
    this.periods = periods;
  }

  /** Deletes everything older than its retention period. */
  @Scheduled(cron = "${hub.retention.cron:0 30 3 * * *}")
  @SchedulerLock(name = "retention")
  public void run() {
    Instant now = Instant.now();
    long purged = retentions.stream().mapToLong(r -> r.purge(periods, now)).sum();
    publications.deletePublicationsOlderThan(periods.eventPublications());
    log.info("Retention: {} rows past their retention period deleted", purged);
  }
}
