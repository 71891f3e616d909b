package eu.digilabs.hub.translation;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.translation}: the providers, tried in this order. None configured (the
 * default): translation is off and nothing leaves the machine.
 */
@ConfigurationProperties("hub.translation")
record TranslationProperties(List<Provider> providers) {

  TranslationProperties {
    providers = providers == null ? List.of() : List.copyOf(providers);
  }

  /**
   * One provider.
   *
   * @param type {@code apertium} (Apertium APY), {@code deepl} (DeepL API), {@code libretranslate},
   *     {@code openai} (an OpenAI-compatible chat endpoint) or {@code etranslation} (EU
   *     eTranslation)
   * @param url the service's address, such as {@code http://localhost:2737}; DeepL and eTranslation
   *     know their own
   * @param apiKey the key the service wants (eTranslation: the application's password), from
   *     configuration only (never in the repository)
   * @param account eTranslation's application name
   * @param model the chat model ({@code openai} only)
   * @param timeout how long one request may take
   * @param dailyCharacters how many characters it may translate per day (UTC), 0 for no limit
   * @param retries how often a rate-limited or failed request is tried again
   * @param backoff the first wait before trying again; each further wait doubles
   * @param pairs the directions to use it for ({@code de|en}), empty for all it serves
   */
  record Provider(
      String type,
      @Nullable URI url,
      @Nullable String apiKey,
      @Nullable String account,
      @Nullable String model,
      Duration timeout,
      long dailyCharacters,
      int retries,
      Duration backoff,
      List<String> pairs) {

    Provider {
      type = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
      dailyCharacters = Math.max(0, dailyCharacters);
      retries = Math.max(0, Math.min(retries, 5));
      backoff = backoff == null ? Duration.ofMillis(500) : backoff;
      pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /** Without the key: settings may end up in a log. */
    @Override
    public String toString() {
      return "Provider[type="
          + type
          + ", url="
          + url
          + ", account="
          + account
          + ", model="
          + model
          + ", timeout="
          + timeout
          + ", dailyCharacters="
          + dailyCharacters
          + ", pairs="
          + pairs
          + "]";
    }
  }
}
