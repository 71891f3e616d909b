package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat model behind an OpenAI-compatible endpoint (OpenAI, Mistral, a local vLLM or Ollama):
 * {@code POST {url}/chat/completions} with {@code Authorization: Bearer ...}, the model, {@code
 * temperature 0}, a system message that asks for a translation and nothing else, and each text as
 * the user's message; the translation is {@code choices[0].message.content}. An answer cut off by
 * the token limit ({@code finish_reason: length}) is refused rather than shown half. A 429 whose
 * error code is {@code insufficient_quota} is a spent account, not a rate limit. Such a model
 * translates among all official EU languages; {@code pairs} in the settings narrows that.
 *
 * <p>No chat model runs on the test machines: {@code ChatProviderTests} runs this class against a
 * local server that answers as the OpenAI chat completions API documents.
 */
final class ChatProvider implements TranslationProvider {

  private final URI base;
  private final @Nullable String key;
  private final String model;
  private final ProviderHttp http;
  private final JsonMapper json;

  ChatProvider(URI base, @Nullable String key, String model, Duration timeout, JsonMapper json) {
    this.base = Providers.folder(base);
    this.key = key == null || key.isBlank() ? null : key;
    this.model = model;
    this.http = new ProviderHttp("Chat model " + model, timeout);
    this.json = json;
  }

  @Override
  public String name() {
    return model;
  }

  @Override
  public Set<LanguagePair> pairs() {
    return LanguageCodes.euPairs();
  }

  /** The instruction: the languages by name, markup and the glossary's placeholders kept. */
  static String prompt(LanguagePair pair, boolean html) {
    return "Translate the user's text from "
        + LanguageCodes.englishName(pair.from())
        + " into "
        + LanguageCodes.englishName(pair.to())
        + ". Answer with the translation only, without comments or quotes. Keep every placeholder"
        + " such as ⟦1⟧ exactly as it is."
        + (html ? " The text is HTML: keep every tag and attribute, translate only the text." : "");
  }

  @Override
  public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
    List<String> translated = new ArrayList<>(texts.size());
    String instruction = prompt(pair, html);
    for (String text : texts) {
      translated.add(text.isBlank() ? text : complete(instruction, text));
    }
    return translated;
  }

  private String complete(String instruction, String text) {
    ObjectNode body = json.createObjectNode();
    body.put("model", model);
    body.put("temperature", 0);
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", instruction);
    messages.addObject().put("role", "user").put("content", text);
    var request = http.postJson(base.resolve("chat/completions"), json.writeValueAsString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    ProviderHttp.Answer answer = http.exchange(request.build());
    if (answer.status() == 429 && spentQuota(answer.body())) {
      throw http.failure(answer, Reason.QUOTA);
    }
    JsonNode choice = Providers.parse(json, http.ok(answer), name()).path("choices").path(0);
    JsonNode content = choice.path("message").path("content");
    if ("length".equals(choice.path("finish_reason").asString("")) || !content.isString()) {
      throw new TranslationFailure(Reason.REFUSED, name() + " gave no whole translation");
    }
    return content.asString().strip();
  }

  private boolean spentQuota(String body) {
    try {
      return "insufficient_quota"
          .equals(json.readTree(body).path("error").path("code").asString(""));
    } catch (tools.jackson.core.JacksonException notJson) {
      return false;
    }
  }
}
