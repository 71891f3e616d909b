package eu.digilabs.hub.translation;

import eu.digilabs.hub.search.QueryTranslation;
import eu.digilabs.hub.shared.Recent;
import eu.digilabs.hub.shared.text.LanguageDetection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Search queries in the index's main languages ({@code hub.translation.query-languages}), through
 * the configured providers and their glossary. The query's language is detected; when it cannot be
 * told, the reader's. Queries longer than {@value #MAX_LENGTH} characters and queries made once the
 * providers' quotas are nearly spent are not translated. Translations are kept for recent queries
 * (paging and facet clicks repeat the query), like the search's query vectors. A search waits at
 * most {@code hub.translation.query-timeout} for them; a later answer still fills the cache for the
 * next time. A configured word list translates the query word by word ({@link QueryDictionaries}),
 * at once and without quota, where no service's translation into the language comes in time.
 */
@Component
class SearchQueryTranslation implements QueryTranslation {

  /** Recent queries' translations. */
  static final int CACHE = 512;

  private static final Logger log = LoggerFactory.getLogger(SearchQueryTranslation.class);

  /**
   * Providers are waited for off the request's thread, by two threads of their own with a short
   * queue: when they are behind, searches go on without translation rather than piling up work.
   */
  private static final ExecutorService WORKERS =
      new ThreadPoolExecutor(
          2,
          2,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(16),
          task -> {
            Thread thread = new Thread(task, "query-translation");
            thread.setDaemon(true);
            return thread;
          },
          new ThreadPoolExecutor.AbortPolicy());

  /** Longer queries are searched as typed: they are sentences, not queries, and cost quota. */
  static final int MAX_LENGTH = 150;

  /** Queries are no longer translated once every provider has used this share of its quota. */
  static final double QUOTA_SHARE = 0.9;

  private final Translator translator;
  private final QueryDictionaries dictionaries;
  private final List<String> languages;
  private final Duration budget;
  private final Map<String, CompletableFuture<List<Translated>>> cache = Recent.map(CACHE);

  SearchQueryTranslation(
      Translator translator,
      QueryDictionaries dictionaries,
      @Value("${hub.translation.query-languages:de,en}") List<String> languages,
      @Value("${hub.translation.query-timeout:1500ms}") Duration budget) {
    this.translator = translator;
    this.dictionaries = dictionaries;
    this.languages = List.copyOf(languages);
    this.budget = budget;
  }

  @Override
  public List<Translated> translations(String query) {
    String text = query.strip();
    if (text.isEmpty()
        || text.length() > MAX_LENGTH
        || !translator.enabled() && !dictionaries.any()) {
      return List.of();
    }
    String from = LanguageDetection.of(text).orElse(LocaleContextHolder.getLocale().getLanguage());
    // The word lists answer at once, on this thread: whatever the services do, their words count.
    List<Translated> listed = fromDictionaries(text, from);
    if (!translator.enabled() || translator.quotaReached(QUOTA_SHARE)) {
      return listed;
    }
    String key = from + "|" + text;
    CompletableFuture<List<Translated>> pending;
    try {
      // Which pairs a provider serves may need a call to it: that happens off this thread too.
      pending =
          cache.computeIfAbsent(
              key, k -> CompletableFuture.supplyAsync(() -> translate(text, from), WORKERS));
    } catch (RejectedExecutionException busy) {
      return listed;
    }
    try {
      return preferServices(pending.get(budget.toMillis(), TimeUnit.MILLISECONDS), listed);
    } catch (TimeoutException e) {
      log.debug("Query translation of {} took longer than {}", text, budget);
      return listed;
    } catch (ExecutionException e) {
      cache.remove(key, pending);
      return listed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return listed;
    }
  }

  /** A service's translation into a language, else the word list's. */
  private static List<Translated> preferServices(List<Translated> served, List<Translated> listed) {
    List<Translated> all = new ArrayList<>(served);
    for (Translated words : listed) {
      if (served.stream().noneMatch(t -> t.language().equals(words.language()))) {
        all.add(words);
      }
    }
    return List.copyOf(all);
  }

  /**
   * The query in each target language; a failing direction is left out. When every direction fails
   * nothing is kept, so the next search tries again.
   */
  private List<Translated> translate(String text, String from) {
    List<String> targets =
        languages.stream().filter(to -> !to.equals(from) && translator.serves(from, to)).toList();
    List<Translated> translated = new ArrayList<>();
    @Nullable TranslationFailure failed = null;
    for (String to : targets) {
      try {
        String result = translator.translate(List.of(text), from, to, false).texts().get(0).strip();
        if (!result.isEmpty()
            && !result.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
          translated.add(new Translated(to, result));
        }
      } catch (TranslationFailure e) {
        log.debug("Query translation {} to {} failed: {}", from, to, e.getMessage());
        failed = e;
      }
    }
    if (failed != null && translated.isEmpty()) {
      throw failed;
    }
    return List.copyOf(translated);
  }

  /** The query word by word into the main languages that a word list serves. */
  private List<Translated> fromDictionaries(String text, String from) {
    List<Translated> translated = new ArrayList<>();
    for (String to : languages) {
      if (!to.equals(from)) {
        dictionaries
            .translate(text, from, to)
            .ifPresent(
                words -> translated.add(new Translated(to, words.text(), true, words.query())));
      }
    }
    return translated;
  }
}
