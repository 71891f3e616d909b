package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * LibreTranslate, the open-source neural translator (self-hosted or a hosted instance). {@code POST
 * /translate} with JSON {@code q} (a list of texts), {@code source}, {@code target}, {@code format}
 * ({@code text} or {@code html}) and, where the instance wants one, {@code api_key}; the answer's
 * {@code translatedText} is a list in the same order. The directions come from {@code GET
 * /languages} (each language with its {@code targets}). Errors arrive as {@code {"error": "..."}}
 * with 400 (bad request), 403 (wrong or missing key), 429 (slow down) or 500.
 *
 * <p>The test machines have no LibreTranslate (its models are not packaged): {@code
 * LibreTranslateProviderTests} runs this class against a local server that answers as
 * LibreTranslate's API documentation describes.
 */
final class LibreTranslateProvider implements TranslationProvider {

  private static final Duration LANGUAGES_KEPT = Duration.ofMinutes(10);

  private final URI base;
  private final @Nullable String key;
  private final ProviderHttp http;
  private final JsonMapper json;
  private final Clock clock;
  private volatile Set<LanguagePair> pairs = Set.of();
  private volatile Instant pairsRead = Instant.EPOCH;

  LibreTranslateProvider(
      URI base, @Nullable String key, Duration timeout, JsonMapper json, Clock clock) {
    this.base = Providers.folder(base);
    this.key = key == null || key.isBlank() ? null : key;
    this.http = new ProviderHttp("LibreTranslate", timeout);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "LibreTranslate";
  }

  @Override
  public Set<LanguagePair> pairs() {
    Instant now = clock.instant();
    if (pairsRead.plus(LANGUAGES_KEPT).isBefore(now)) {
      JsonNode languages =
          Providers.parse(
              json, http.send(http.request(base.resolve("languages")).GET().build()), name());
      Set<LanguagePair> found = new HashSet<>();
      for (JsonNode language : languages) {
        String from = language.path("code").asString("");
        for (JsonNode target : language.path("targets")) {
          String to = target.asString("");
          if (from.length() == 2 && to.length() == 2 && !from.equals(to)) {
            found.add(new LanguagePair(from, to));
          }
        }
      }
      pairs = Set.copyOf(found);
      pairsRead = now;
    }
    return pairs;
  }

  @Override
  public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
    ObjectNode body = json.createObjectNode();
    texts.forEach(body.putArray("q")::add);
    body.put("source", pair.from());
    body.put("target", pair.to());
    body.put("format", html ? "html" : "text");
    if (key != null) {
      body.put("api_key", key);
    }
    JsonNode answer =
        Providers.parse(
            json,
            http.send(
                http.postJson(base.resolve("translate"), json.writeValueAsString(body)).build()),
            name());
    JsonNode list = answer.path("translatedText");
    if (!list.isArray() || list.size() != texts.size()) {
      throw new TranslationFailure(
          Reason.REFUSED, "LibreTranslate answered " + list.size() + " of " + texts.size());
    }
    List<String> translated = new ArrayList<>(texts.size());
    list.forEach(item -> translated.add(item.asString("")));
    return translated;
  }
}
