package eu.digilabs.hub.shared;

import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an import did, row by row: created, updated, unchanged, skipped (with the line and the
 * reason). Thread-safe, so a progress page can read it while the import runs.
 */
public final class ImportReport {

  /** A row that was not imported as it stood, and why. */
  public record Problem(String file, long line, String message) {}

  private final AtomicInteger total = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

  public void addToTotal(int rows) {
    total.addAndGet(rows);
  }

  public void created() {
    imported("created");
    created.incrementAndGet();
    done.incrementAndGet();
  }

  public void updated() {
    imported("updated");
    updated.incrementAndGet();
    done.incrementAndGet();
  }

  public void unchanged() {
    imported("unchanged");
    unchanged.incrementAndGet();
    done.incrementAndGet();
  }

  public void skipped(String file, long line, String message) {
    imported("skipped");
    skipped.incrementAndGet();
    done.incrementAndGet();
    problems.add(new Problem(file, line, message));
  }

  /**
   * hub.import.items: imported rows by outcome, in the application's registry (reports are plain
   * objects, made by every importer).
   */
  private static void imported(String outcome) {
    Metrics.counter("hub.import.items", "outcome", outcome).increment();
  }

  /** A note about a row that was imported but with a value kept only as text. */
  public void note(String file, long line, String message) {
    problems.add(new Problem(file, line, message));
  }

  public int total() {
    return total.get();
  }

  public int done() {
    return done.get();
  }

  public int unchangedCount() {
    return unchanged.get();
  }

  public int skippedCount() {
    return skipped.get();
  }

  public int createdCount() {
    return created.get();
  }

  public int updatedCount() {
    return updated.get();
  }

  public List<Problem> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  public int percent() {
    int all = total.get();
    return all == 0 ? 0 : Math.min(100, done.get() * 100 / all);
  }

  @Override
  public String toString() {
    return "created %d, updated %d, unchanged %d, skipped %d"
        .formatted(created.get(), updated.get(), unchanged.get(), skipped.get());
  }
}
