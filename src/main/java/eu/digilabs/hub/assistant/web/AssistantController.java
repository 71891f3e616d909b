package eu.digilabs.hub.assistant.web;

import eu.digilabs.hub.assistant.Answer;
import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.assistant.AssistantService.TurnView;
import eu.digilabs.hub.assistant.QuestionLimits;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.problems.TooManyRequests;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The assistant's page: a conversation of questions and cited answers. Without JavaScript the form
 * posts and the page shows the conversation again; with it, the answer is streamed into the
 * conversation (an ARIA live region) as it is written.
 */
@Controller
class AssistantController {

  /** When every thread for streamed answers is taken: how long to wait before asking again. */
  static final long BUSY_RETRY_SECONDS = 10;

  private final AssistantService assistant;
  private final QuestionLimits limits;
  private final Askers askers;
  private final Forms forms;
  private final TemplateEngine templates;
  private final AnswerStreams streams;

  AssistantController(
      AssistantService assistant,
      QuestionLimits limits,
      Askers askers,
      Forms forms,
      TemplateEngine templates,
      AnswerStreams streams) {
    this.assistant = assistant;
    this.limits = limits;
    this.askers = askers;
    this.forms = forms;
    this.templates = templates;
    this.streams = streams;
  }

  @GetMapping("/assistant")
  String page(
      @RequestParam(required = false) @Nullable String c,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String thanks,
      Model model) {
    List<TurnView> turns = assistant.conversation(c);
    return page(
        model,
        turns.isEmpty() ? null : c,
        turns,
        Form.of(new AskCommand(q == null ? "" : q, null)),
        thanks);
  }

  private String page(
      Model model, @Nullable String c, List<TurnView> turns, Form form, @Nullable String thanks) {
    model.addAttribute("conversation", c);
    model.addAttribute("turns", turns);
    model.addAttribute("form", form);
    model.addAttribute("thanks", thanks);
    model.addAttribute("generative", assistant.generativeMode());
    return "assistant/page";
  }

  /** The plain form post: answers, then shows the conversation (its address can be reloaded). */
  @PostMapping("/assistant")
  String ask(
      @ModelAttribute("command") AskCommand command,
      BindingResult result,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      limits.count(askers.of(request));
      Answer answer = assistant.ask(command.question(), command.c(), ui.locale());
      return "redirect:/assistant?c=" + answer.conversationId() + "#answer-" + answer.id();
    } catch (InvalidInput e) {
      e.rejectInto(result);
    } catch (TooManyRequests e) {
      response.setStatus(429);
      result.rejectValue(
          "question", "assistant.error.tooMany", new Object[] {e.retryAfterSeconds()}, null);
    }
    List<TurnView> turns = assistant.conversation(command.c());
    return page(
        model,
        turns.isEmpty() ? null : command.c(),
        turns,
        forms.of(command, AskCommand.class, result),
        null);
  }

  /**
   * The same question asked by the page's script: a stream of server-sent events, {@code token} for
   * each piece of a model's reply (generative mode), then {@code turn} with the finished turn's
   * HTML and {@code conversation} with the conversation's id. Bad questions are 400 and too many
   * 429, and 503 with Retry-After while every thread for streamed answers is taken, each with
   * {@code {"field", "message"}}.
   */
  @PostMapping(value = "/assistant/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  ResponseEntity<?> stream(
      @ModelAttribute("command") AskCommand command,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request) {
    try {
      limits.count(askers.of(request));
    } catch (TooManyRequests e) {
      return error(429, ui.t("assistant.error.tooMany", e.retryAfterSeconds()));
    }
    String question = command.question() == null ? "" : command.question().strip();
    if (question.isEmpty()) {
      return error(400, ui.t("assistant.error.blank"));
    }
    SseEmitter emitter = new SseEmitter(120_000L);
    if (!streams.start(() -> answer(emitter, question, command.c(), ui))) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(BUSY_RETRY_SECONDS))
          .contentType(MediaType.APPLICATION_JSON)
          .body(fieldMessage(ui.t("assistant.error.busy", BUSY_RETRY_SECONDS)));
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
  }

  /** Writes the answer into the stream (on one of the assistant's own threads). */
  private void answer(SseEmitter emitter, String question, @Nullable String conversation, Ui ui) {
    try {
      Answer answer =
          assistant.ask(
              question, conversation, ui.locale(), token -> send(emitter, "token", token));
      StringOutput html = new StringOutput();
      templates.render(
          "assistant/turn.jte",
          Map.of("ui", ui, "turn", new TurnView(question, answer), "thanks", ""),
          html);
      send(emitter, "conversation", answer.conversationId());
      send(emitter, "turn", html.toString());
      emitter.complete();
    } catch (InvalidInput e) {
      send(emitter, "problem", ui.t(e.problems().get(0).code(), e.problems().get(0).args()));
      emitter.complete();
    } catch (RuntimeException e) {
      send(emitter, "problem", ui.t("assistant.error.failed"));
      emitter.complete();
    }
  }

  private static ResponseEntity<Map<String, String>> error(int status, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(fieldMessage(message));
  }

  private static Map<String, String> fieldMessage(String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("field", "question");
    body.put("message", message);
    return body;
  }

  private static void send(SseEmitter emitter, String name, String data) {
    try {
      emitter.send(SseEmitter.event().name(name).data(data));
    } catch (IOException | IllegalStateException gone) {
      // The reader left; the answer is kept in the conversation anyway.
    }
  }

  /** Thumbs up or down on an answer, with an optional comment. */
  @PostMapping("/assistant/feedback")
  String feedback(
      @RequestParam String answer,
      @RequestParam(required = false) Boolean helpful,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String c,
      HttpServletRequest request) {
    limits.count(askers.of(request));
    try {
      assistant.feedback(answer, helpful, comment);
    } catch (InvalidInput | NotFound e) {
      // Given twice, unknown or expired: nothing to record; the page says thanks either way.
    }
    return "redirect:/assistant?c="
        + URLEncoder.encode(c == null ? "" : c, StandardCharsets.UTF_8)
        + "&thanks="
        + URLEncoder.encode(answer, StandardCharsets.UTF_8)
        + "#answer-"
        + URLEncoder.encode(answer, StandardCharsets.UTF_8);
  }
}
