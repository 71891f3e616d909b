package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * A provider with its limits: only the configured pairs, the daily character quota (counted before
 * sending, so a failed request still counts: the service may have charged it), and retries with
 * doubling back-off on rate limits and failures, waiting at least as long as the service asked.
 */
final class GuardedProvider implements TranslationProvider {

  /** Never wait longer than this between two tries: a reader is waiting, or a job can run later. */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  private final TranslationProvider provider;
  private final TranslationProperties.Provider settings;
  private final Quota usage;
  private final LongConsumer sleep;
  private final String usageKey;

  GuardedProvider(
      TranslationProvider provider,
      TranslationProperties.Provider settings,
      Quota usage,
      LongConsumer sleep,
      int position) {
    this.provider = provider;
    this.settings = settings;
    this.usage = usage;
    this.sleep = sleep;
    this.usageKey = position + ":" + settings.type();
  }

  @Override
  public String name() {
    return provider.name();
  }

  @Override
  public Set<LanguagePair> pairs() {
    Set<LanguagePair> served = provider.pairs();
    if (settings.pairs().isEmpty()) {
      return served;
    }
    Set<String> wanted = Set.copyOf(settings.pairs());
    return served.stream()
        .filter(pair -> wanted.contains(pair.toString()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The daily character quota, 0 for none. */
  long dailyCharacters() {
    return settings.dailyCharacters();
  }

  /** Characters counted against this provider's quota today. */
  long usedToday() {
    return usage.today(usageKey);
  }

  @Override
  public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
    long characters = texts.stream().mapToLong(String::length).sum();
    if (!usage.reserve(usageKey, characters, settings.dailyCharacters())) {
      throw new TranslationFailure(
          Reason.QUOTA,
          name() + ": the daily quota of " + settings.dailyCharacters() + " is spent");
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return provider.translate(texts, pair, html);
      } catch (TranslationFailure failure) {
        if (!failure.reason().retryable() || attempt >= settings.retries()) {
          throw failure;
        }
        long wait =
            Math.max(failure.retryAfterMillis(), settings.backoff().toMillis() * (1L << attempt));
        if (wait > LONGEST_WAIT.toMillis()) {
          throw failure;
        }
        sleep.accept(wait);
      }
    }
  }
}
