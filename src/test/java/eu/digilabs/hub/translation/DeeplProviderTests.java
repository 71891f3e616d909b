package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.translation.FakeService.Reply;
import eu.digilabs.hub.translation.FakeService.Request;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * DeepL's API v2 as its documentation describes it, played by a local fake (DeepL cannot be reached
 * here): the key in {@code Authorization: DeepL-Auth-Key}, languages from {@code /v2/languages},
 * texts in batches of 50, HTML by {@code tag_handling}, and its errors: 403 a wrong key, 429 too
 * many requests (with {@code Retry-After}), 456 the quota spent.
 */
class DeeplProviderTests {

  static final String KEY = "0c7e4a9e-test:fx";

  final JsonMapper json = JsonMapper.builder().build();
  final FakeService deepl = new FakeService();

  DeeplProviderTests() throws Exception {}

  @AfterEach
  void stop() {
    deepl.close();
  }

  DeeplProvider provider() {
    return new DeeplProvider(deepl.url, KEY, Duration.ofSeconds(5), json, Clock.systemUTC());
  }

  /** DeepL: answers every text in upper case, as if translated, when the key is right. */
  Reply speak(Request request) {
    if (!request.header("Authorization").equals("DeepL-Auth-Key " + KEY)) {
      return Reply.json(403, "{\"message\":\"Wrong endpoint or authentication key\"}");
    }
    if (request.path().equals("/v2/languages")) {
      return request.query().equals("type=source")
          ? Reply.json(
              200,
              "[{\"language\":\"DE\",\"name\":\"German\"},"
                  + "{\"language\":\"EN\",\"name\":\"English\"},{\"language\":\"ES\",\"name\":\"Spanish\"}]")
          : Reply.json(
              200,
              "[{\"language\":\"DE\",\"name\":\"German\",\"supports_formality\":true},"
                  + "{\"language\":\"EN-GB\",\"name\":\"English (British)\",\"supports_formality\":false},"
                  + "{\"language\":\"EN-US\",\"name\":\"English (American)\",\"supports_formality\":false},"
                  + "{\"language\":\"ES\",\"name\":\"Spanish\",\"supports_formality\":true}]");
    }
    JsonNode body = json.readTree(request.body());
    ObjectNode answer = json.createObjectNode();
    var translations = answer.putArray("translations");
    for (JsonNode text : body.get("text")) {
      translations
          .addObject()
          .put("detected_source_language", body.get("source_lang").asString())
          .put("text", text.asString().toUpperCase(Locale.ROOT));
    }
    return Reply.json(200, answer.toString());
  }

  @Test
  void languagesBecomePairsAndEnglishIsAskedForInItsEuropeanForm() {
    deepl.answer(this::speak);
    DeeplProvider provider = provider();
    assertThat(provider.pairs())
        .contains(new LanguagePair("de", "en"), new LanguagePair("es", "de"))
        .doesNotContain(new LanguagePair("de", "de"));
    assertThat(
            provider.translate(
                List.of("<p>Hallo <b>Welt</b></p>"), new LanguagePair("de", "en"), true))
        .containsExactly("<P>HALLO <B>WELT</B></P>");
    JsonNode sent = json.readTree(deepl.requests.get(deepl.requests.size() - 1).body());
    assertThat(sent.get("source_lang").asString()).isEqualTo("DE");
    assertThat(sent.get("target_lang").asString()).isEqualTo("EN-GB");
    assertThat(sent.get("tag_handling").asString()).isEqualTo("html");
  }

  @Test
  void manyTextsGoInBatchesOfFiftyAndComeBackInOrder() {
    deepl.answer(this::speak);
    List<String> texts = IntStream.range(0, 120).mapToObj(i -> "text " + i).toList();
    List<String> translated = provider().translate(texts, new LanguagePair("de", "es"), false);
    assertThat(translated).hasSize(120).startsWith("TEXT 0").endsWith("TEXT 119");
    List<Integer> batchSizes = new ArrayList<>();
    for (Request request : deepl.requests) {
      JsonNode body = json.readTree(request.body());
      batchSizes.add(body.get("text").size());
      assertThat(body.has("tag_handling")).isFalse();
    }
    assertThat(batchSizes).containsExactly(50, 50, 20);
  }

  @Test
  void aWrongKeyIsRefusedTooManyRequestsWaitAndASpentQuotaIsAQuota() {
    deepl.answer(request -> Reply.json(403, "{\"message\":\"Forbidden\"}"));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));

    deepl.answer(
        request ->
            new Reply(
                429,
                "{\"message\":\"Too many requests\"}",
                java.util.Map.of("Content-Type", "application/json", "Retry-After", "3")));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class,
            f -> {
              assertThat(f.reason()).isEqualTo(Reason.RATE_LIMITED);
              assertThat(f.retryAfterMillis()).isEqualTo(3000);
            });

    deepl.answer(request -> Reply.json(456, "{\"message\":\"Quota exceeded\"}"));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.QUOTA));
  }

  @Test
  void aRateLimitedRequestIsTriedAgainAfterTheWaitDeeplAskedFor() {
    List<Long> waits = new ArrayList<>();
    int[] calls = {0};
    deepl.answer(
        request ->
            calls[0]++ == 0
                ? new Reply(429, "{}", java.util.Map.of("Retry-After", "2"))
                : speak(request));
    GuardedProvider guarded =
        new GuardedProvider(
            provider(),
            new TranslationProperties.Provider(
                "deepl", deepl.url, KEY, null, null, null, 0, 2, Duration.ofMillis(100), List.of()),
            new GuardedProviderTests.Counted(),
            waits::add,
            0);
    assertThat(guarded.translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .containsExactly("HALLO");
    assertThat(waits).containsExactly(2000L);
  }

  @Test
  void freeKeysUseTheFreeApi() {
    assertThat(DeeplProvider.defaultUrl("abc:fx"))
        .isEqualTo(URI.create("https://api-free.deepl.com/"));
    assertThat(DeeplProvider.defaultUrl("abc")).isEqualTo(URI.create("https://api.deepl.com/"));
  }
}
