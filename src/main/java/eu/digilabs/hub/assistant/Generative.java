package eu.digilabs.hub.assistant;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import eu.digilabs.hub.assistant.Answer.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The optional generative mode: an OpenAI-compatible chat endpoint (a self-hosted model server,
 * say) writes the answer from the retrieved passages only, citing them as [1], [2]. The reply is
 * checked before anyone sees it as an answer: every citation must name a passage it was given and
 * it must cite at least one; otherwise, and on errors or timeouts, the extractive answer is given
 * with a note saying so. Off, and nothing leaves the machine, unless {@code
 * hub.assistant.generative.base-url} is set.
 */
@Component
class Generative {

  private static final Logger log = LoggerFactory.getLogger(Generative.class);

  /** Passages the model is given. */
  static final int PASSAGES = 6;

  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

  /** What the model says when the passages do not answer the question. */
  static final String NO_ANSWER = "NO_ANSWER";

  private final AssistantProperties.Generative settings;
  private final MessageSource messages;

  /** The model endpoint; none when the generative mode is off. */
  private final @Nullable StreamingChatModel model;

  Generative(AssistantProperties properties, MessageSource messages) {
    this.settings = properties.generative();
    this.messages = messages;
    this.model =
        settings.enabled()
            ? OpenAiStreamingChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKeyOrNone())
                .modelName(settings.model())
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .temperature(0.0)
                .build()
            : null;
  }

  boolean enabled() {
    return model != null;
  }

  /**
   * The model's answer from the passages, checked; or the extractive answer with a note why. Parts
   * of the reply go to {@code tokens} as they arrive.
   */
  Answer answer(
      Question question, Answer extractive, List<Passage> found, Consumer<String> tokens) {
    List<Passage> given = found.stream().limit(PASSAGES).toList();
    if (given.isEmpty()) {
      return extractive;
    }
    String reply;
    try {
      reply = reply(question, given, tokens);
    } catch (Exception e) {
      log.warn("The model endpoint failed: {}", e.toString());
      return fallback(question, extractive, "assistant.generative.failed");
    }
    String checked = reply == null ? "" : reply.strip();
    Set<Integer> cited = new LinkedHashSet<>();
    Matcher m = CITATION.matcher(checked);
    while (m.find()) {
      cited.add(Integer.valueOf(m.group(1)));
    }
    boolean known = cited.stream().allMatch(n -> n >= 1 && n <= given.size());
    if (checked.isEmpty() || checked.contains(NO_ANSWER) || cited.isEmpty() || !known) {
      return fallback(question, extractive, "assistant.generative.unchecked");
    }
    Citations citations = new Citations(question.language());
    List<Part> parts = new ArrayList<>();
    for (String sentence : sentences(checked)) {
      List<Integer> numbers = new ArrayList<>();
      Matcher marks = CITATION.matcher(sentence);
      while (marks.find()) {
        numbers.add(citations.number(given.get(Integer.parseInt(marks.group(1)) - 1)));
      }
      String text = CITATION.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1");
      if (!text.isBlank()) {
        parts.add(new Part(text.strip(), numbers.stream().distinct().toList()));
      }
    }
    return extractive.generated(parts, citations.list());
  }

  private Answer fallback(Question question, Answer extractive, String why) {
    return extractive.with(
        Answer.Mode.EXTRACTIVE,
        extractive.parts(),
        messages.getMessage(why, null, question.answerLocale()));
  }

  private String reply(Question question, List<Passage> given, Consumer<String> tokens)
      throws Exception {
    StringBuilder prompt = new StringBuilder("Passages:\n");
    for (int i = 0; i < given.size(); i++) {
      Passage p = given.get(i);
      prompt
          .append('[')
          .append(i + 1)
          .append("] ")
          .append(p.title())
          .append(p.heading() == null ? "" : " – " + p.heading())
          .append(": ")
          .append(p.text())
          .append('\n');
    }
    prompt.append("\nQuestion: ").append(question.text());
    String language = "de".equals(question.language()) ? "German" : "English";
    String system =
        "You answer questions for Digilabs Hub, a platform of public-sector digitalisation labs."
            + " Use only the numbered passages you are given, never other knowledge. After every"
            + " sentence, cite the passages it comes from as [1], [2]. Write 2 to 6 sentences in "
            + language
            + ". If the passages do not answer the question, reply only "
            + NO_ANSWER
            + ".";
    CompletableFuture<String> done = new CompletableFuture<>();
    requireNonNull(model, "The generative mode is off")
        .chat(
            List.of(SystemMessage.from(system), UserMessage.from(prompt.toString())),
            new StreamingChatResponseHandler() {
              @Override
              public void onPartialResponse(String partial) {
                tokens.accept(partial);
              }

              @Override
              public void onCompleteResponse(ChatResponse response) {
                done.complete(response.aiMessage().text());
              }

              @Override
              public void onError(Throwable error) {
                done.completeExceptionally(error);
              }
            });
    return done.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The reply cut after each sentence's citation marks. */
  static List<String> sentences(String reply) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[^.!?]+(?:[.!?]+(?:\\s*\\[\\d{1,3}])*|$)").matcher(reply);
    while (m.find()) {
      if (!m.group().isBlank()) {
        out.add(m.group().strip());
      }
    }
    return out;
  }
}
