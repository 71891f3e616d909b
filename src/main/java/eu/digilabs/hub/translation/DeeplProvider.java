package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DeepL API (v2). {@code POST /v2/translate} with a JSON body ({@code text} as a list of up to
 * 50 texts, {@code source_lang}, {@code target_lang}, {@code tag_handling=html} for markup) and the
 * key in {@code Authorization: DeepL-Auth-Key ...}; the languages from {@code GET
 * /v2/languages?type=source|target}. DeepL names some targets with a region ({@code EN-GB}, {@code
 * PT-PT}): the hub asks for the European one. A key ending in {@code :fx} belongs to the free API
 * ({@code api-free.deepl.com}). Errors: 403 a wrong key, 429 too many requests, 456 the account's
 * quota is spent.
 *
 * <p>DeepL cannot be reached from the test machines: {@code DeeplProviderTests} runs this class
 * against a local server that answers as DeepL's API documentation describes.
 */
final class DeeplProvider implements TranslationProvider {

  private static final int TEXTS_PER_REQUEST = 50;
  private static final Duration LANGUAGES_KEPT = Duration.ofHours(1);

  /** Where a language has regional targets, the one a European public body wants. */
  private static final Map<String, String> EUROPEAN_TARGET = Map.of("en", "EN-GB", "pt", "PT-PT");

  private final URI base;
  private final String key;
  private final ProviderHttp http;
  private final JsonMapper json;
  private final Clock clock;
  private volatile Map<String, String> targets = Map.of();
  private volatile Set<LanguagePair> pairs = Set.of();
  private volatile Instant languagesRead = Instant.EPOCH;

  DeeplProvider(URI base, String key, Duration timeout, JsonMapper json, Clock clock) {
    this.base = Providers.folder(base);
    this.key = key;
    this.http = new ProviderHttp("DeepL", timeout);
    this.json = json;
    this.clock = clock;
  }

  /** DeepL's address for a key: free keys end in {@code :fx}. */
  static URI defaultUrl(String key) {
    return URI.create(
        key.endsWith(":fx") ? "https://api-free.deepl.com/" : "https://api.deepl.com/");
  }

  @Override
  public String name() {
    return "DeepL";
  }

  @Override
  public Set<LanguagePair> pairs() {
    Instant now = clock.instant();
    if (languagesRead.plus(LANGUAGES_KEPT).isBefore(now)) {
      Set<String> sources = new HashSet<>();
      for (JsonNode language : languages("source")) {
        sources.add(language.path("language").asString("").toLowerCase(Locale.ROOT));
      }
      Map<String, String> found = new HashMap<>();
      for (JsonNode language : languages("target")) {
        String code = language.path("language").asString("");
        String plain = code.toLowerCase(Locale.ROOT).split("-", 2)[0];
        boolean preferred = code.equalsIgnoreCase(EUROPEAN_TARGET.getOrDefault(plain, plain));
        if (!plain.isEmpty() && (preferred || !found.containsKey(plain))) {
          found.put(plain, code.toUpperCase(Locale.ROOT));
        }
      }
      Set<LanguagePair> all = new HashSet<>();
      for (String from : sources) {
        for (String to : found.keySet()) {
          if (!from.isEmpty() && !from.equals(to)) {
            all.add(new LanguagePair(from, to));
          }
        }
      }
      targets = Map.copyOf(found);
      pairs = Set.copyOf(all);
      languagesRead = now;
    }
    return pairs;
  }

  private JsonNode languages(String type) {
    var request =
        http.request(base.resolve("v2/languages?type=" + type))
            .header("Authorization", "DeepL-Auth-Key " + key)
            .GET()
            .build();
    return Providers.parse(json, http.send(request), name());
  }

  @Override
  public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
    String target = targets.getOrDefault(pair.to(), pair.to().toUpperCase(Locale.ROOT));
    List<String> translated = new ArrayList<>(texts.size());
    for (int start = 0; start < texts.size(); start += TEXTS_PER_REQUEST) {
      List<String> chunk = texts.subList(start, Math.min(texts.size(), start + TEXTS_PER_REQUEST));
      ObjectNode body = json.createObjectNode();
      chunk.forEach(body.putArray("text")::add);
      body.put("source_lang", pair.from().toUpperCase(Locale.ROOT));
      body.put("target_lang", target);
      if (html) {
        body.put("tag_handling", "html");
      }
      var request =
          http.postJson(base.resolve("v2/translate"), json.writeValueAsString(body))
              .header("Authorization", "DeepL-Auth-Key " + key)
              .build();
      JsonNode answer = Providers.parse(json, http.send(request), name());
      JsonNode list = answer.path("translations");
      if (list.size() != chunk.size()) {
        throw new TranslationFailure(
            Reason.REFUSED, "DeepL answered " + list.size() + " of " + chunk.size() + " texts");
      }
      list.forEach(item -> translated.add(item.path("text").asString("")));
    }
    return translated;
  }
}
