package eu.digilabs.hub.assistant;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The assistant's settings ({@code hub.assistant.*}).
 *
 * @param questionsPerMinute questions one person (or, signed out, one address) may ask a minute
 * @param maxQuestionLength the longest question accepted, in characters
 * @param generative an OpenAI-compatible chat endpoint; off unless its base URL is set
 */
@ConfigurationProperties("hub.assistant")
public record AssistantProperties(
    @DefaultValue("20") int questionsPerMinute,
    @DefaultValue("500") int maxQuestionLength,
    @DefaultValue Generative generative) {

  /**
   * The optional generative mode: nothing leaves the machine unless {@code base-url} is set.
   *
   * @param baseUrl e.g. {@code http://localhost:8000/v1} for a self-hosted model server
   * @param model the model's name at that endpoint
   * @param apiKey the key, if the endpoint needs one (from the environment, never in files)
   * @param timeout how long to wait for the whole reply before answering extractively
   * @param maxTokens the longest reply
   */
  public record Generative(
      @Nullable String baseUrl,
      @DefaultValue("default") String model,
      @Nullable String apiKey,
      @DefaultValue("30s") Duration timeout,
      @DefaultValue("600") int maxTokens) {

    public boolean enabled() {
      return baseUrl != null && !baseUrl.isBlank();
    }

    /** The key to send: {@code none} when the endpoint needs none. */
    public String apiKeyOrNone() {
      return apiKey == null || apiKey.isBlank() ? "none" : apiKey;
    }
  }
}
