package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apertium APY, the open-source rule-based translator a hub can run itself ({@code apertium-apy -p
 * PORT /usr/share/apertium/modes}). It serves the pairs installed beside it, found with {@code GET
 * /listPairs} (asked again every ten minutes, so a newly installed pair appears); {@code POST
 * /translate} with {@code langpair=spa|eng}, {@code q}, {@code markUnknown=no} (no asterisks on
 * unknown words) and {@code format=html} for markup. Its codes are ISO 639-3; variants such as
 * {@code eng_US} are left out, the plain pair serves them.
 */
final class ApertiumProvider implements TranslationProvider {

  private static final Duration PAIRS_KEPT = Duration.ofMinutes(10);
  private static final Duration RETRY_PAIRS = Duration.ofMinutes(1);

  private final URI base;
  private final ProviderHttp http;
  private final JsonMapper json;
  private final Clock clock;
  private volatile Set<LanguagePair> pairs = Set.of();
  private volatile Instant pairsRead = Instant.EPOCH;

  ApertiumProvider(URI base, Duration timeout, JsonMapper json, Clock clock) {
    this.base = Providers.folder(base);
    this.http = new ProviderHttp("Apertium", timeout);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "Apertium";
  }

  @Override
  public Set<LanguagePair> pairs() {
    Instant now = clock.instant();
    if (pairsRead.plus(PAIRS_KEPT).isBefore(now)) {
      try {
        pairs = readPairs();
        pairsRead = now;
      } catch (TranslationFailure failure) {
        // Ask again in a minute, not on every page: until then the pairs known last stand.
        pairsRead = now.minus(PAIRS_KEPT).plus(RETRY_PAIRS);
        throw failure;
      }
    }
    return pairs;
  }

  private Set<LanguagePair> readPairs() {
    JsonNode answer = parse(http.send(http.request(base.resolve("listPairs")).GET().build()));
    Set<LanguagePair> found = new HashSet<>();
    for (JsonNode pair : answer.path("responseData")) {
      var from = LanguageCodes.twoLetters(pair.path("sourceLanguage").asString(""));
      var to = LanguageCodes.twoLetters(pair.path("targetLanguage").asString(""));
      if (from.isPresent() && to.isPresent()) {
        found.add(new LanguagePair(from.get(), to.get()));
      }
    }
    return Set.copyOf(found);
  }

  @Override
  public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
    String langpair = code(pair.from()) + "|" + code(pair.to());
    List<String> translated = new ArrayList<>(texts.size());
    for (String text : texts) {
      String form =
          "langpair="
              + encode(langpair)
              + "&markUnknown=no&format="
              + (html ? "html" : "txt")
              + "&q="
              + encode(text);
      HttpRequest request =
          http.request(base.resolve("translate"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      JsonNode answer = parse(http.send(request));
      JsonNode result = answer.path("responseData").path("translatedText");
      if (!result.isString()) {
        throw new TranslationFailure(Reason.REFUSED, "Apertium answered without a translation");
      }
      translated.add(result.asString());
    }
    return translated;
  }

  private static String code(String twoLetters) {
    return LanguageCodes.threeLetters(twoLetters)
        .orElseThrow(
            () -> new TranslationFailure(Reason.REFUSED, "no ISO 639-3 code for " + twoLetters));
  }

  private JsonNode parse(String body) {
    return Providers.parse(json, body, name());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
