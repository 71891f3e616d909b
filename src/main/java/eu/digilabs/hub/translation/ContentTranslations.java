package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.text.Markdown;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Translations of content for its readers: offered when the item's language is not the reader's and
 * a provider serves the pair; made on request, kept per item version and target language (an edit
 * makes a machine translation stale), and shown in place of the original. Only pages show them:
 * they are never indexed, cited by the assistant or written back into the item.
 */
@Service
public class ContentTranslations {

  private static final Logger log = LoggerFactory.getLogger(ContentTranslations.class);

  /** A reader waits this long for a translation; then the page shows the original with a note. */
  static final Duration WAIT = Duration.ofSeconds(2);

  /** A field to translate: its text, and whether it is HTML (rendered Markdown). */
  public record Source(String text, boolean html) {}

  /** That a translation can be had: from the item's language into the reader's. */
  public record Offer(String from, String to) {}

  /**
   * An item's fields in the reader's language.
   *
   * @param provider who translated: a service's name, empty when a person did
   * @param outdated a person's translation of an earlier version of the item
   */
  public record Translated(
      Map<String, String> fields, String from, String to, String provider, boolean outdated) {

    public boolean human() {
      return provider.isEmpty();
    }

    public String field(String name, String original) {
      return fields.getOrDefault(name, original);
    }
  }

  /**
   * What a content page shows of translation: the offer, the translation asked for, or that it
   * failed (the page then shows the original with a note).
   */
  public record Panel(
      @Nullable Offer offer,
      @Nullable Translated translated,
      boolean failed,
      @Nullable String correction) {

    public static Panel none() {
      return new Panel(null, null, false, null);
    }

    /** A field as shown: translated when there is a translation. */
    public String text(String field, String original) {
      return translated == null ? original : translated.field(field, original);
    }

    /** The {@code lang} of what is shown: the translation's, else the original's. */
    public @Nullable String lang(@Nullable String original) {
      return translated == null ? original : translated.to();
    }
  }

  /**
   * The panel of a content page: the offer when translation applies, and the translation when the
   * reader asked for one ({@code wanted}, the target language they chose).
   */
  public Panel panel(
      String itemKey,
      long version,
      @Nullable String language,
      Locale reader,
      @Nullable String wanted,
      java.util.function.Supplier<Map<String, Source>> fields) {
    Optional<Offer> offer = offer(language, reader);
    if (offer.isEmpty()) {
      return Panel.none();
    }
    if (wanted == null || !wanted.equals(offer.get().to())) {
      return new Panel(offer.get(), null, false, null);
    }
    Optional<Translated> done = translate(itemKey, version, offer.get(), fields.get());
    return new Panel(offer.get(), done.orElse(null), done.isEmpty(), null);
  }

  /**
   * The panel of an item's page for the current reader (the request's locale, already one of the
   * interface languages), with the way to correct the translation for those who may edit the item.
   * Unpublished items are never sent to a provider.
   */
  public Panel panel(TranslatableItem item, @Nullable String wanted) {
    if (!item.published()) {
      return Panel.none();
    }
    Panel panel =
        panel(
            item.key(),
            item.version(),
            item.language(),
            org.springframework.context.i18n.LocaleContextHolder.getLocale(),
            wanted,
            () -> item.fields().get().map());
    Offer offer = panel.offer();
    return offer != null && item.mayEdit()
        ? new Panel(
            offer,
            panel.translated(),
            panel.failed(),
            "/translations/" + item.kind() + "/" + item.id() + "/" + offer.to())
        : panel;
  }

  private record Row(
      String field,
      long itemVersion,
      String sourceLanguage,
      String translatedText,
      String provider,
      boolean human) {}

  private final Translator translator;
  private final JdbcClient jdbc;
  private final Markdown markdown;

  /** After a failed translation, readers of the same item and pair get the original this long. */
  static final Duration RETRY_FAILED = Duration.ofMinutes(5);

  private final Map<String, Future<Translated>> running =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Instant> failures = new java.util.concurrent.ConcurrentHashMap<>();
  private final ExecutorService pool =
      new ThreadPoolExecutor(
          1,
          2,
          60,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(50),
          new ThreadPoolExecutor.AbortPolicy());

  ContentTranslations(Translator translator, JdbcClient jdbc, Markdown markdown) {
    this.translator = translator;
    this.jdbc = jdbc;
    this.markdown = markdown;
  }

  /** Whether a provider is configured: without one nothing is offered (nor detected). */
  public boolean enabled() {
    return translator.enabled();
  }

  /** Whether to offer a translation of content in {@code language} to this reader. */
  public Optional<Offer> offer(@Nullable String language, Locale reader) {
    if (!translator.enabled() || language == null || language.isBlank()) {
      return Optional.empty();
    }
    String from = language.toLowerCase(Locale.ROOT);
    String to = reader.getLanguage();
    return translator.serves(from, to) ? Optional.of(new Offer(from, to)) : Optional.empty();
  }

  /**
   * The item's fields in the target language: from the cache when it holds this version (or a
   * person's translation of any version), else translated now within {@link #WAIT}. Empty when no
   * translation came in time or none can be made; one that comes late is still kept.
   */
  public Optional<Translated> translate(
      String itemKey, long version, Offer offer, Map<String, Source> fields) {
    Optional<Translated> cached = cached(itemKey, version, offer, fields.keySet());
    if (cached.isPresent() || !translator.serves(offer.from(), offer.to())) {
      return cached;
    }
    String job = itemKey + "|" + version + "|" + offer.from() + "|" + offer.to();
    Instant failedAt = failures.get(job);
    if (failedAt != null && failedAt.plus(RETRY_FAILED).isAfter(Instant.now())) {
      return Optional.empty(); // failed a moment ago: no new provider call for every reader
    }
    // One job per item version and pair: readers who come while it runs wait for the same one.
    FutureTask<Translated> task =
        new FutureTask<>(() -> makeOnce(job, itemKey, version, offer, fields));
    Future<Translated> work = running.putIfAbsent(job, task);
    if (work == null) {
      try {
        pool.execute(task);
      } catch (RejectedExecutionException busy) {
        running.remove(job);
        return Optional.empty();
      }
      work = task;
    }
    try {
      return Optional.of(work.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException late) {
      return Optional.empty(); // it goes on, and the next reader finds it kept
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      log.info(
          "No translation of {} into {}: {}",
          itemKey,
          offer.to(),
          cause == null ? failed.getMessage() : cause.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Optional<Translated> cached(
      String itemKey, long version, Offer offer, java.util.Set<String> wanted) {
    List<Row> rows =
        jdbc.sql(
                """
                select field, item_version, source_language, translated_text, provider, human
                from translation_cache where item_key = ? and target_language = ?
                """)
            .params(itemKey, offer.to())
            // Mapped by position: a record mapper probes camelCase column names first, and H2
            // writes a stack trace to its trace file for every name it does not know.
            .query(
                (row, n) ->
                    new Row(
                        row.getString(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getBoolean(6)))
            .list();
    Map<String, String> fields = new HashMap<>();
    boolean human = false;
    boolean outdated = false;
    String provider = "";
    for (Row row : rows) {
      boolean current = row.itemVersion() == version && row.sourceLanguage().equals(offer.from());
      if (current || row.human()) {
        fields.put(row.field(), row.translatedText());
        human |= row.human();
        outdated |= row.human() && !current;
        provider = row.human() ? provider : row.provider();
      }
    }
    if (!fields.keySet().containsAll(wanted)) {
      return Optional.empty();
    }
    return Optional.of(
        new Translated(fields, offer.from(), offer.to(), human ? "" : provider, outdated));
  }

  private Translated makeOnce(
      String job, String itemKey, long version, Offer offer, Map<String, Source> fields) {
    try {
      Optional<Translated> kept = cached(itemKey, version, offer, fields.keySet());
      return kept.isPresent() ? kept.get() : make(itemKey, version, offer, fields);
    } catch (RuntimeException failed) {
      if (failures.size() > 10_000) {
        failures.clear();
      }
      failures.put(job, Instant.now());
      throw failed;
    } finally {
      running.remove(job);
    }
  }

  /**
   * The item's fields in the target language, made now if not kept, waiting as long as the
   * providers take: for background work, never for a reader.
   *
   * @throws TranslationFailure when no provider could translate
   */
  Translated prepare(String itemKey, long version, Offer offer, Map<String, Source> fields) {
    return cached(itemKey, version, offer, fields.keySet())
        .orElseGet(() -> make(itemKey, version, offer, fields));
  }

  /** Forgets an item's translations (it was withdrawn or deleted). */
  public void forget(String itemKey) {
    jdbc.sql("delete from translation_cache where item_key = ?").param(itemKey).update();
  }

  private Translated make(String itemKey, long version, Offer offer, Map<String, Source> fields) {
    Map<String, String> done = new LinkedHashMap<>();
    String provider = "";
    for (boolean html : List.of(false, true)) {
      List<String> names = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      fields.forEach(
          (name, source) -> {
            if (source.html() == html) {
              names.add(name);
              texts.add(source.text());
            }
          });
      if (names.isEmpty()) {
        continue;
      }
      Translator.Translation translation =
          translator.translate(texts, offer.from(), offer.to(), html);
      provider = translation.provider();
      for (int i = 0; i < names.size(); i++) {
        String text = translation.texts().get(i);
        done.put(names.get(i), html ? markdown.sanitise(text) : text);
      }
    }
    keep(itemKey, version, offer, done, provider);
    return new Translated(done, offer.from(), offer.to(), provider, false);
  }

  private void keep(
      String itemKey, long version, Offer offer, Map<String, String> fields, String provider) {
    Instant now = Instant.now();
    fields.forEach(
        (field, text) -> {
          int updated =
              jdbc.sql(
                      """
                      update translation_cache set item_version = ?, source_language = ?,
                        translated_text = ?, provider = ?, human = false, created_at = ?
                      where item_key = ? and target_language = ? and field = ? and human = false
                      """)
                  .params(
                      version,
                      offer.from(),
                      text,
                      provider,
                      SqlTime.of(now),
                      itemKey,
                      offer.to(),
                      field)
                  .update();
          if (updated == 0 && !exists(itemKey, offer.to(), field)) {
            try {
              jdbc.sql(
                      """
                      insert into translation_cache (item_key, target_language, field,
                        item_version, source_language, translated_text, provider, human, created_at)
                      values (?, ?, ?, ?, ?, ?, ?, false, ?)
                      """)
                  .params(
                      itemKey,
                      offer.to(),
                      field,
                      version,
                      offer.from(),
                      text,
                      provider,
                      SqlTime.of(now))
                  .update();
            } catch (org.springframework.dao.DuplicateKeyException madeMeanwhile) {
              // another reader's request kept the same translation first
            }
          }
        });
  }

  private boolean exists(String itemKey, String to, String field) {
    return jdbc.sql(
                "select count(*) from translation_cache where item_key = ? and target_language = ?"
                    + " and field = ?")
            .params(itemKey, to, field)
            .query(Long.class)
            .single()
        > 0;
  }
}
