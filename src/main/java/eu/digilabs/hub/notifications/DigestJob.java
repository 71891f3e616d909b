package eu.digilabs.hub.notifications;

import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the digests that are due, in batches: each batch is written in one transaction ({@link
 * DigestWriter}), then its mails are delivered. Mails a crash left queued are delivered first.
 */
@Component
class DigestJob {

  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
  static final int BATCH = 100;

  private final DigestWriter writer;
  private final Mailer mailer;

  DigestJob(DigestWriter writer, Mailer mailer) {
    this.writer = writer;
    this.mailer = mailer;
  }

  @Scheduled(cron = "${hub.notifications.digest-cron:0 */15 * * * *}")
  @SchedulerLock(name = "digests")
  public void scheduled() {
    run(Instant.now());
  }

  /** Sends what is due at the instant; returns how many digests it mailed. */
  int run(Instant now) {
    deliver();
    int mailed = 0;
    List<DigestWriter.Due> batch = writer.due(now, BATCH);
    if (batch.isEmpty()) {
      return 0;
    }
    DigestEntries.Window window = writer.window(now);
    for (; !batch.isEmpty(); batch = writer.due(now, BATCH)) {
      mailed += writer.write(batch, now, window);
      deliver();
    }
    if (mailed > 0) {
      log.info("Digests: {} mailed", mailed);
    }
    return mailed;
  }

  private void deliver() {
    while (mailer.deliverQueued() > 0) {
      // every queued mail is marked delivered, failed or kept, so this ends
    }
  }
}
