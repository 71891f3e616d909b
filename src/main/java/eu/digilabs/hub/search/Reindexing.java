package eu.digilabs.hub.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the whole search index from the database in the background, one run at a time, and
 * reports its progress (done/total, rate, time left). Searching keeps working meanwhile.
 */
@Component
public class Reindexing {

  private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

  /** Where a rebuild stands. {@code error} is set when it failed. */
  public record Progress(
      boolean running,
      long done,
      long total,
      @Nullable Instant started,
      @Nullable Instant finished,
      @Nullable String error) {

    public int percent() {
      return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    /** Documents per second so far. */
    public long rate() {
      if (started == null) {
        return 0;
      }
      long millis =
          Duration.between(started, finished == null ? Instant.now() : finished).toMillis();
      return millis == 0 ? done : done * 1000 / millis;
    }

    /** Seconds left at the current rate; 0 when unknown or done. */
    public long secondsLeft() {
      long rate = rate();
      return !running || rate == 0 ? 0 : Math.max(0, (total - done) / rate);
    }
  }

  private final EntityManagerFactory entityManagerFactory;
  private final AtomicReference<Progress> progress =
      new AtomicReference<>(new Progress(false, 0, 0, null, null, null));

  Reindexing(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  public Progress progress() {
    // Set once at construction and only ever replaced by another progress.
    return Objects.requireNonNull(progress.get());
  }

  /** Starts a rebuild unless one is running; admins only. Answers whether it started. */
  @PreAuthorize("hasRole('ADMIN')")
  public boolean start() {
    return rebuild();
  }

  /** Starts a rebuild without a rights check: for the start-up, never for requests. */
  boolean rebuild() {
    Progress current = progress();
    if (current.running()) {
      return false;
    }
    Instant started = Instant.now();
    AtomicLong done = new AtomicLong();
    AtomicLong total = new AtomicLong();
    if (!progress.compareAndSet(current, new Progress(true, 0, 0, started, null, null))) {
      return false;
    }
    MassIndexingMonitor monitor =
        new MassIndexingMonitor() {
          @Override
          public void documentsAdded(long increment) {
            progress.set(
                new Progress(true, done.addAndGet(increment), total.get(), started, null, null));
          }

          @Override
          public void documentsBuilt(long increment) {}

          @Override
          public void entitiesLoaded(long increment) {}

          @Override
          public void addToTotalCount(long increment) {
            total.addAndGet(increment);
          }

          @Override
          public void indexingCompleted() {}
        };
    // Every indexed entity: the search's items and other modules' own (the assistant's passages).
    Search.mapping(entityManagerFactory)
        .scope(Object.class)
        .massIndexer()
        .monitor(monitor)
        .start()
        .whenComplete(
            (result, failure) -> {
              String error = failure == null ? null : String.valueOf(failure.getMessage());
              if (failure != null) {
                log.warn("Rebuilding the search index failed", failure);
              } else {
                log.info("Search index rebuilt: {} documents", done.get());
              }
              progress.set(
                  new Progress(
                      false,
                      done.get(),
                      Math.max(total.get(), done.get()),
                      started,
                      Instant.now(),
                      error));
            });
    return true;
  }
}
