package eu.digilabs.hub.translation;

import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Makes the provider a configuration entry names, and says clearly what an entry lacks. */
final class ProviderFactory {

  static final String TYPES = "apertium, deepl, libretranslate, openai, etranslation";

  private final JsonMapper json;
  private final ETranslationCallbacks callbacks;
  private final String baseUrl;

  ProviderFactory(JsonMapper json, ETranslationCallbacks callbacks, String baseUrl) {
    this.json = json;
    this.callbacks = callbacks;
    this.baseUrl = baseUrl;
  }

  TranslationProvider provider(TranslationProperties.Provider settings) {
    return switch (settings.type()) {
      case "apertium" ->
          new ApertiumProvider(
              required(settings, "url", settings.url()), settings.timeout(), json, clock());
      case "deepl" -> {
        String key = required(settings, "api-key", settings.apiKey());
        URI url = settings.url() != null ? settings.url() : DeeplProvider.defaultUrl(key);
        yield new DeeplProvider(url, key, settings.timeout(), json, clock());
      }
      case "libretranslate" ->
          new LibreTranslateProvider(
              required(settings, "url", settings.url()),
              settings.apiKey(),
              settings.timeout(),
              json,
              clock());
      case "openai" ->
          new ChatProvider(
              required(settings, "url", settings.url()),
              settings.apiKey(),
              required(settings, "model", settings.model()),
              settings.timeout(),
              json);
      case "etranslation" ->
          new ETranslationProvider(
              settings.url() != null ? settings.url() : ETranslationProvider.DEFAULT_URL,
              required(settings, "account", settings.account()),
              required(settings, "api-key", settings.apiKey()),
              baseUrl,
              settings.timeout(),
              callbacks,
              json);
      default ->
          throw new IllegalStateException(
              "hub.translation.providers: unknown type '" + settings.type() + "' (" + TYPES + ")");
    };
  }

  private static Clock clock() {
    return Clock.systemUTC();
  }

  private static <T> T required(
      TranslationProperties.Provider settings, String property, @Nullable T value) {
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException(
          "hub.translation.providers: the " + settings.type() + " provider needs " + property);
    }
    return value;
  }
}
