package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.translation.FakeService.Reply;
import eu.digilabs.hub.translation.FakeService.Request;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat completions endpoint, played by a local fake (no model runs here): the
 * bearer key, the model, a system message naming both languages, one text per user message, the
 * answer from {@code choices[0].message.content}; a cut-off answer is refused, and a 429 that says
 * {@code insufficient_quota} is a spent quota, not a rate limit.
 */
class ChatProviderTests {

  final JsonMapper json = JsonMapper.builder().build();
  final FakeService model = new FakeService();

  ChatProviderTests() throws Exception {}

  @AfterEach
  void stop() {
    model.close();
  }

  ChatProvider provider() {
    return new ChatProvider(
        model.url.resolve("v1"), "sk-test", "mistral-small", Duration.ofSeconds(5), json);
  }

  Reply completion(String content, String finishReason) {
    ObjectNode answer = json.createObjectNode();
    answer.put("object", "chat.completion");
    ObjectNode choice = answer.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", finishReason);
    choice.putObject("message").put("role", "assistant").put("content", content);
    return Reply.json(200, answer.toString());
  }

  /** Upper-cases the user's text, keeping the glossary's placeholders. */
  Reply speak(Request request) {
    if (!request.header("Authorization").equals("Bearer sk-test")) {
      return Reply.json(
          401, "{\"error\":{\"message\":\"Incorrect API key\",\"code\":\"invalid_api_key\"}}");
    }
    JsonNode body = json.readTree(request.body());
    return completion(
        "\n"
            + body.get("messages").get(1).get("content").asString().toUpperCase(Locale.ROOT)
            + "\n",
        "stop");
  }

  @Test
  void eachTextIsOneCompletionWithAPromptNamingTheLanguages() {
    model.answer(this::speak);
    assertThat(provider().translate(List.of("Hallo", "Welt"), new LanguagePair("de", "fr"), false))
        .containsExactly("HALLO", "WELT");
    assertThat(model.requests)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/chat/completions"));
    JsonNode sent = json.readTree(model.requests.get(0).body());
    assertThat(sent.get("model").asString()).isEqualTo("mistral-small");
    assertThat(sent.get("temperature").asInt()).isZero();
    assertThat(sent.get("messages").get(0).get("role").asString()).isEqualTo("system");
    assertThat(sent.get("messages").get(0).get("content").asString())
        .contains("from German into French");
    assertThat(provider().pairs()).contains(new LanguagePair("et", "de")).hasSize(24 * 23);
  }

  @Test
  void throughTheTranslatorGlossaryTermsSurviveTheModel() {
    model.answer(this::speak);
    GuardedProvider guarded =
        new GuardedProvider(
            provider(),
            new TranslationProperties.Provider(
                "openai", model.url, "sk-test", null, "mistral-small", null, 0, 0, null, List.of()),
            new GuardedProviderTests.Counted(),
            waits -> {},
            0);
    Glossary glossary =
        GlossaryTerms.forPair(GlossaryTerms.shipped(), new LanguagePair("de", "en"));
    Glossary.Protected kept = glossary.protect("Das OZG und EfA im Themenfeld Familie");
    String answer =
        guarded.translate(List.of(kept.text()), new LanguagePair("de", "en"), false).get(0);
    assertThat(kept.restore(answer)).contains("OZG", "EfA", "subject area").doesNotContain("⟦");
  }

  @Test
  void aCutOffAnswerAWrongKeyAndASpentQuotaAreFailures() {
    model.answer(request -> completion("Das halbe", "length"));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
    model.answer(request -> Reply.json(401, "{\"error\":{\"code\":\"invalid_api_key\"}}"));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
    model.answer(
        request ->
            Reply.json(
                429,
                "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.QUOTA));
    model.answer(
        request ->
            Reply.json(
                429,
                "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}"));
    assertThatThrownBy(
            () -> provider().translate(List.of("Hallo"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.RATE_LIMITED));
  }
}
