package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.translation.FakeService.Reply;
import eu.digilabs.hub.translation.FakeService.Request;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * LibreTranslate's API as its documentation describes it, played by a local fake (its models are
 * not packaged for these machines): {@code /languages} with each language's targets, {@code
 * /translate} with {@code q} as a list and {@code api_key} in the body, and errors as {@code
 * {"error": ...}} with 400, 403, 429 and 500.
 */
class LibreTranslateProviderTests {

  final JsonMapper json = JsonMapper.builder().build();
  final FakeService libre = new FakeService();

  LibreTranslateProviderTests() throws Exception {}

  @AfterEach
  void stop() {
    libre.close();
  }

  LibreTranslateProvider provider(String key) {
    return new LibreTranslateProvider(
        libre.url, key, Duration.ofSeconds(5), json, Clock.systemUTC());
  }

  Reply speak(Request request) {
    if (request.path().equals("/languages")) {
      return Reply.json(
          200,
          "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"de\",\"en\",\"fr\"]},"
              + "{\"code\":\"de\",\"name\":\"German\",\"targets\":[\"en\"]},"
              + "{\"code\":\"zh-Hans\",\"name\":\"Chinese\",\"targets\":[\"en\"]}]");
    }
    JsonNode body = json.readTree(request.body());
    if (!"secret".equals(body.path("api_key").asString(""))) {
      return Reply.json(403, "{\"error\":\"Invalid API key\"}");
    }
    if (!body.get("source").asString().equals("de")) {
      return Reply.json(400, "{\"error\":\"de is not supported\"}");
    }
    ObjectNode answer = json.createObjectNode();
    var list = answer.putArray("translatedText");
    body.get("q").forEach(q -> list.add(q.asString().toUpperCase(Locale.ROOT)));
    return Reply.json(200, answer.toString());
  }

  @Test
  void pairsComeFromTheLanguagesAndTextsAreTranslatedInOneRequest() {
    libre.answer(this::speak);
    LibreTranslateProvider provider = provider("secret");
    assertThat(provider.pairs())
        .containsExactlyInAnyOrder(
            new LanguagePair("en", "de"),
            new LanguagePair("en", "fr"),
            new LanguagePair("de", "en"));
    assertThat(
            provider.translate(List.of("eins", "<i>zwei</i>"), new LanguagePair("de", "en"), true))
        .containsExactly("EINS", "<I>ZWEI</I>");
    JsonNode sent = json.readTree(libre.requests.get(libre.requests.size() - 1).body());
    assertThat(sent.get("format").asString()).isEqualTo("html");
    assertThat(sent.get("target").asString()).isEqualTo("en");
  }

  @Test
  void itsErrorsBecomeTheRightFailures() {
    libre.answer(this::speak);
    assertThatThrownBy(
            () -> provider("wrong").translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
    libre.answer(request -> Reply.json(429, "{\"error\":\"Slowdown: 30 per 1 minute\"}"));
    assertThatThrownBy(
            () -> provider("secret").translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.RATE_LIMITED));
    libre.answer(request -> Reply.json(500, "{\"error\":\"Cannot translate\"}"));
    assertThatThrownBy(
            () -> provider("secret").translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNAVAILABLE));
  }

  @Test
  void anInstanceWithoutKeysGetsNoKey() {
    libre.answer(request -> Reply.json(200, "{\"translatedText\":[\"A\"]}"));
    assertThat(provider("").translate(List.of("a"), new LanguagePair("de", "en"), false))
        .containsExactly("A");
    assertThat(json.readTree(libre.requests.get(0).body()).has("api_key")).isFalse();
  }
}
