package eu.digilabs.hub.search;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar digilabs-hub.jar reindex}: rebuilds the search index and prints the progress
 * (done/total, rate, time left) until it is done. Runs with the same configuration as the platform,
 * which must be stopped meanwhile (the index and an H2 database are opened by one process only).
 */
@Component
public class ReindexCommand {

  private final Reindexing reindexing;

  ReindexCommand(Reindexing reindexing) {
    this.reindexing = reindexing;
  }

  /** Rebuilds (or waits for the rebuild the start-up began); answers the exit code. */
  public int run(PrintStream out) throws InterruptedException {
    reindexing.rebuild();
    Reindexing.Progress progress = reindexing.progress();
    while (progress.running()) {
      out.println(line(progress));
      Thread.sleep(1000);
      progress = reindexing.progress();
    }
    out.println(line(progress));
    if (progress.error() != null) {
      out.println("Rebuilding the search index failed: " + progress.error());
      return 1;
    }
    Instant started = progress.started();
    Instant finished = progress.finished();
    out.printf(
        "Search index rebuilt: %,d documents in %s%n",
        progress.done(),
        format(
            started == null || finished == null
                ? Duration.ZERO
                : Duration.between(started, finished)));
    return 0;
  }

  static String line(Reindexing.Progress progress) {
    return String.format(
        "%,d / %,d (%d%%) · %,d per second · %s left",
        progress.done(),
        progress.total(),
        progress.percent(),
        progress.rate(),
        format(Duration.ofSeconds(progress.secondsLeft())));
  }

  private static String format(Duration duration) {
    return duration.toMinutes() > 0
        ? duration.toMinutes() + " min " + duration.toSecondsPart() + " s"
        : duration.toSeconds() + "." + duration.toMillisPart() / 100 + " s";
  }
}
