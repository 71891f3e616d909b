package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.digilabs.hub.HubTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The generative mode against a local fake OpenAI-compatible chat endpoint. The fake stands in for
 * a real model server (vLLM, llama.cpp, a hosted API), which cannot run here: it speaks the same
 * protocol (POST /v1/chat/completions, streamed as server-sent events of chat.completion.chunk
 * objects ending in [DONE]) and replies from a script chosen by the question: a good cited answer,
 * an answer citing a passage it was not given, one citing nothing, a reply slower than the timeout,
 * and a server error. Every reply must be checked before it is shown.
 */
@HubTest
class GenerativeModeTests {

  static final HttpServer MODEL = start();
  static final List<JsonNode> REQUESTS = new CopyOnWriteArrayList<>();
  static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void endpoint(DynamicPropertyRegistry registry) {
    registry.add(
        "hub.assistant.generative.base-url",
        () -> "http://127.0.0.1:" + MODEL.getAddress().getPort() + "/v1");
    registry.add("hub.assistant.generative.model", () -> "fake-model");
    registry.add("hub.assistant.generative.api-key", () -> "test-key");
    registry.add("hub.assistant.generative.timeout", () -> "3s");
  }

  @AfterAll
  static void stop() {
    MODEL.stop(0);
  }

  @Autowired AssistantService assistant;
  @Autowired PassageIndex index;

  @BeforeEach
  void passagesCaughtUp() {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(index::idle);
  }

  /** The scripted replies: chosen by words of the question the model is asked. */
  static List<String> script(String question) {
    if (question.contains("BAföG")) {
      return List.of(
          "BAföG Digital lets students apply ",
          "online, once for all states [1]. ",
          "It was built with students in user research [1].");
    }
    if (question.contains("user interviews")) {
      return List.of("Interviews need a consent form [7].");
    }
    if (question.contains("reuse check")) {
      return List.of("A reuse check is a good idea for every project.");
    }
    if (question.contains("e-signature")) {
      return List.of("SLOW");
    }
    return List.of("ERROR");
  }

  static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/v1/chat/completions",
          exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            REQUESTS.add(request);
            String question = "";
            for (JsonNode message : request.get("messages")) {
              question = message.get("content").asString();
            }
            List<String> reply = script(question);
            if (reply.equals(List.of("ERROR"))) {
              byte[] body =
                  "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}"
                      .getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "application/json");
              exchange.sendResponseHeaders(500, body.length);
              exchange.getResponseBody().write(body);
              exchange.close();
              return;
            }
            if (reply.equals(List.of("SLOW"))) {
              try {
                Thread.sleep(6000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              reply = List.of("Too late [1].");
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
              for (String piece : reply) {
                chunk(out, JSON.writeValueAsString(piece), "null");
              }
              chunk(out, "\"\"", "\"stop\"");
              out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
              out.flush();
            } catch (IOException gone) {
              // The client gave up (timeout): nothing more to send.
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void chunk(OutputStream out, String content, String finish) throws IOException {
    String data =
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
            + "\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
            + content
            + "},\"finish_reason\":"
            + finish
            + "}]}";
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Test
  void aCheckedReplyIsStreamedAndCitesOnlyTheGivenPassages() {
    List<String> tokens = new ArrayList<>();
    Answer answer = assistant.ask("What is BAföG Digital?", null, Locale.ENGLISH, tokens::add);
    assertThat(answer.mode()).isEqualTo(Answer.Mode.GENERATIVE);
    assertThat(answer.notice()).isNull();
    assertThat(tokens).hasSizeGreaterThanOrEqualTo(3);
    assertThat(String.join("", tokens)).contains("once for all states [1]");
    assertThat(answer.parts()).hasSize(2);
    answer.parts().forEach(p -> assertThat(p.citations()).containsExactly(1));
    assertThat(answer.parts().get(0).text())
        .isEqualTo("BAföG Digital lets students apply online, once for all states.");
    assertThat(answer.citations()).hasSize(1);
    assertThat(answer.citations().get(0).title()).isEqualTo("BAföG Digital");

    // The model was given the retrieved passages, numbered, and asked to cite them.
    JsonNode request = REQUESTS.get(REQUESTS.size() - 1);
    assertThat(request.get("model").asString()).isEqualTo("fake-model");
    assertThat(request.get("stream").asBoolean()).isTrue();
    String prompt = request.get("messages").get(1).get("content").asString();
    assertThat(prompt).startsWith("Passages:\n[1] BAföG Digital").contains("Question: What is");
    assertThat(request.get("messages").get(0).get("content").asString())
        .contains("Use only the numbered passages");
  }

  @Test
  void repliesThatFailTheChecksFallBackToTheQuotedAnswer() {
    Answer unknown = assistant.ask("How do I run user interviews?", null, Locale.ENGLISH);
    assertThat(unknown.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(unknown.notice()).contains("could not be checked against the sources");
    assertThat(unknown.parts()).isNotEmpty();
    assertThat(unknown.text()).doesNotContain("consent form");

    Answer nothing = assistant.ask("What is a reuse check?", null, Locale.ENGLISH);
    assertThat(nothing.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(nothing.notice()).contains("could not be checked against the sources");
    assertThat(nothing.text()).doesNotContain("good idea for every project");

    Answer slow = assistant.ask("What went wrong with e-signature pilots?", null, Locale.ENGLISH);
    assertThat(slow.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(slow.notice()).contains("could not be reached");
    assertThat(slow.text()).contains("eID").doesNotContain("Too late");

    Answer failed = assistant.ask("Wie starte ich ein Digitalisierungslabor?", null, Locale.GERMAN);
    assertThat(failed.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(failed.notice()).contains("Sprachmodell war nicht erreichbar");
    assertThat(failed.parts()).isNotEmpty();
  }

  @Test
  void declinedQuestionsNeverReachTheModel() {
    int before = REQUESTS.size();
    Answer declined =
        assistant.ask("What will the weather be like in Berlin tomorrow?", null, Locale.ENGLISH);
    assertThat(declined.declined()).isTrue();
    assertThat(REQUESTS).hasSize(before);
  }
}
