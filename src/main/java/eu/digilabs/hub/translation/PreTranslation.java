package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.ContentTranslations.Offer;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Translates all published content into chosen languages in the background, so readers find the
 * translations kept. One run at a time, with its progress; it stops by itself when the providers'
 * quotas are used to the configured share (the rest of the day's quota is left to readers), when a
 * quota is spent, or after repeated failures, and an admin can stop it.
 */
@Service
public class PreTranslation {

  private static final Logger log = LoggerFactory.getLogger(PreTranslation.class);

  /** Failures in a row after which the providers are taken to be down. */
  static final int FAILURES_IN_A_ROW = 10;

  /**
   * Where a run stands.
   *
   * @param stopped why it ended early: {@code quota}, {@code unavailable} or {@code stopped}
   */
  public record Progress(
      boolean running,
      List<String> languages,
      int total,
      int done,
      int translated,
      int skipped,
      int failed,
      @Nullable String stopped,
      @Nullable Instant started,
      @Nullable Instant finished) {

    static Progress idle() {
      return new Progress(false, List.of(), 0, 0, 0, 0, 0, null, null, null);
    }

    public int percent() {
      return total == 0 ? 100 : (int) (100L * done / total);
    }
  }

  private final List<TranslatableContent> kinds;
  private final ContentTranslations translations;
  private final Translator translator;
  private final double quotaShare;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "pre-translation");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean stop = new AtomicBoolean();
  private volatile Progress progress = Progress.idle();

  PreTranslation(
      List<TranslatableContent> kinds,
      ContentTranslations translations,
      Translator translator,
      @Value("${hub.translation.pre-translation-quota-share:0.8}") double quotaShare) {
    this.kinds = List.copyOf(kinds);
    this.translations = translations;
    this.translator = translator;
    this.quotaShare = Math.max(0, Math.min(1, quotaShare));
  }

  public Progress progress() {
    return progress;
  }

  /** Starts a run into these languages; false when one is running or translation is off. */
  public synchronized boolean start(List<String> languages) {
    List<String> targets =
        languages.stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .filter(LanguageCodes.EU_OFFICIAL::contains)
            .distinct()
            .toList();
    if (progress.running() || targets.isEmpty() || !translator.enabled()) {
      return false;
    }
    stop.set(false);
    progress = new Progress(true, targets, 0, 0, 0, 0, 0, null, Instant.now(), null);
    worker.execute(() -> run(targets));
    return true;
  }

  /** Asks the running job to stop after the item it is on. */
  public void stop() {
    stop.set(true);
  }

  private void run(List<String> targets) {
    int total = 0;
    List<List<Long>> ids = kinds.stream().map(TranslatableContent::published).toList();
    for (List<Long> list : ids) {
      total += list.size() * targets.size();
    }
    Counter count = new Counter(total);
    publish(count, null, true);
    String stopped = null;
    try {
      outer:
      for (int k = 0; k < kinds.size(); k++) {
        for (long id : ids.get(k)) {
          for (String target : targets) {
            stopped = reasonToStop(count);
            if (stopped != null) {
              break outer;
            }
            one(kinds.get(k), id, target, count);
            publish(count, null, true);
          }
        }
      }
    } catch (RuntimeException unexpected) {
      log.warn("Pre-translation ended unexpectedly", unexpected);
      stopped = "unavailable";
    }
    publish(count, stopped, false);
    log.info(
        "Pre-translation into {}: {} translated, {} skipped, {} failed{}",
        targets,
        count.translated,
        count.skipped,
        count.failed,
        stopped == null ? "" : " (stopped: " + stopped + ")");
  }

  private @Nullable String reasonToStop(Counter count) {
    if (stop.get()) {
      return "stopped";
    }
    if (count.quotaSpent || translator.quotaReached(quotaShare)) {
      return "quota";
    }
    return count.failuresInARow >= FAILURES_IN_A_ROW ? "unavailable" : null;
  }

  private void one(TranslatableContent kind, long id, String target, Counter count) {
    count.done++;
    Optional<TranslatableItem> found;
    try {
      found = kind.itemFor(id, target);
    } catch (RuntimeException hiddenMeanwhile) {
      count.skipped++;
      return;
    }
    if (found.isEmpty() || !found.get().published()) {
      count.skipped++;
      return;
    }
    TranslatableItem item = found.get();
    Optional<Offer> offer = translations.offer(item.language(), new Locale(target));
    if (offer.isEmpty()) {
      count.skipped++; // written in the target language, or no provider serves the pair
      return;
    }
    try {
      translations.prepare(item.key(), item.version(), offer.get(), item.fields().get().map());
      count.translated++;
      count.failuresInARow = 0;
    } catch (TranslationFailure failure) {
      count.failed++;
      count.failuresInARow++;
      count.quotaSpent |= failure.reason() == Reason.QUOTA;
    } catch (RuntimeException unexpected) {
      // One item that changed meanwhile (now members-only, deleted) never ends the run.
      log.warn("Pre-translation skipped {}:{}: {}", kind.kind(), id, unexpected.toString());
      count.failed++;
    }
  }

  private void publish(Counter count, @Nullable String stopped, boolean running) {
    Progress now = progress;
    progress =
        new Progress(
            running,
            now.languages(),
            count.total,
            count.done,
            count.translated,
            count.skipped,
            count.failed,
            stopped,
            now.started(),
            running ? null : Instant.now());
  }

  /** The run's counts, touched by its one thread only. */
  private static final class Counter {
    final int total;
    int done;
    int translated;
    int skipped;
    int failed;
    int failuresInARow;
    boolean quotaSpent;

    Counter(int total) {
      this.total = total;
    }
  }
}
