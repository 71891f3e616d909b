package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translates through the configured providers, in their order: the first that serves the pair
 * answers; when it fails (down, rate limited too long, quota spent) the next one tries. Terms of
 * the glossary are kept fixed for every provider. Without providers it is off: {@link #enabled()}
 * is false and nothing leaves the machine.
 */
@Service
public class Translator {

  private static final Logger log = LoggerFactory.getLogger(Translator.class);

  /** Translated texts, in the order given, and the provider that made them. */
  public record Translation(List<String> texts, String provider) {}

  private final List<GuardedProvider> providers;
  private final GlossarySource glossary;
  private final Map<LanguagePair, Glossary> glossaries = new ConcurrentHashMap<>();
  private volatile long glossaryGeneration;

  Translator(
      TranslationProperties properties,
      Quota usage,
      JsonMapper json,
      ETranslationCallbacks callbacks,
      HubProperties hub,
      GlossarySource glossary) {
    this.glossary = glossary;
    this.glossaryGeneration = glossary.generation();
    ProviderFactory factory = new ProviderFactory(json, callbacks, hub.baseUrl());
    List<GuardedProvider> made = new ArrayList<>();
    for (TranslationProperties.Provider settings : properties.providers()) {
      made.add(
          new GuardedProvider(
              factory.provider(settings), settings, usage, Translator::sleep, made.size()));
    }
    this.providers = List.copyOf(made);
  }

  /** Whether any provider is configured. */
  public boolean enabled() {
    return !providers.isEmpty();
  }

  /** The directions some provider serves now; a provider that cannot be asked is left out. */
  public Set<LanguagePair> pairs() {
    Set<LanguagePair> all = new HashSet<>();
    for (GuardedProvider provider : providers) {
      try {
        all.addAll(provider.pairs());
      } catch (TranslationFailure failure) {
        log.warn("{} lists no pairs: {}", provider.name(), failure.getMessage());
      }
    }
    return all;
  }

  /** Whether some provider serves the direction. */
  public boolean serves(String from, String to) {
    return !from.equalsIgnoreCase(to) && pairs().contains(new LanguagePair(from, to));
  }

  /**
   * Translates the texts from one language into another.
   *
   * @param html whether the texts are HTML whose markup must survive
   * @throws TranslationFailure with the last provider's reason when none could translate
   */
  public Translation translate(List<String> texts, String from, String to, boolean html) {
    LanguagePair pair = new LanguagePair(from, to);
    long generation = glossary.generation();
    if (generation != glossaryGeneration) {
      glossaries.clear(); // an admin changed the glossary
      glossaryGeneration = generation;
    }
    Glossary terms =
        glossaries.computeIfAbsent(pair, p -> GlossaryTerms.forPair(glossary.entries(), p));
    TranslationFailure last = null;
    for (GuardedProvider provider : providers) {
      if (!servesSafely(provider, pair)) {
        continue;
      }
      List<Glossary.Protected> kept = texts.stream().map(terms::protect).toList();
      try {
        List<String> answer =
            provider.translate(kept.stream().map(Glossary.Protected::text).toList(), pair, html);
        if (answer.size() != texts.size()) {
          throw new TranslationFailure(
              Reason.REFUSED, provider.name() + " answered " + answer.size() + " texts");
        }
        List<String> restored = new ArrayList<>(answer.size());
        for (int i = 0; i < answer.size(); i++) {
          restored.add(kept.get(i).restore(answer.get(i)));
        }
        return new Translation(restored, provider.name());
      } catch (TranslationFailure failure) {
        log.warn("{} could not translate {}: {}", provider.name(), pair, failure.getMessage());
        last = failure;
      }
    }
    throw last != null
        ? last
        : new TranslationFailure(Reason.NO_PROVIDER, "no provider serves " + pair);
  }

  private static boolean servesSafely(GuardedProvider provider, LanguagePair pair) {
    try {
      return provider.pairs().contains(pair);
    } catch (TranslationFailure failure) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationFailure(Reason.UNAVAILABLE, "interrupted while waiting", 0, e);
    }
  }

  /** A provider's use today, for the admin page. */
  public record Usage(String provider, long usedToday, long dailyCharacters) {}

  /** Each provider's characters today and its daily quota (0: none), in the configured order. */
  public List<Usage> usage() {
    return providers.stream()
        .map(p -> new Usage(p.name(), p.usedToday(), p.dailyCharacters()))
        .toList();
  }

  /**
   * Whether background work should leave the rest of today's quota to readers: true when every
   * provider has a quota and has used at least this share of it.
   */
  public boolean quotaReached(double share) {
    return !providers.isEmpty()
        && providers.stream()
            .allMatch(p -> p.dailyCharacters() > 0 && p.usedToday() >= share * p.dailyCharacters());
  }
}
