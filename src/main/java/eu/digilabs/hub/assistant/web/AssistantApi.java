package eu.digilabs.hub.assistant.web;

import eu.digilabs.hub.assistant.Answer;
import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.assistant.QuestionLimits;
import eu.digilabs.hub.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST API of the assistant. Everyone may ask (answers use only what visitors may read), within
 * {@code hub.assistant.questions-per-minute} per person or address; more is 429 with Retry-After.
 */
@RestController
@RequestMapping("/api/v1/assistant")
class AssistantApi {

  private final AssistantService assistant;
  private final QuestionLimits limits;
  private final Askers askers;

  AssistantApi(AssistantService assistant, QuestionLimits limits, Askers askers) {
    this.assistant = assistant;
    this.limits = limits;
    this.askers = askers;
  }

  /**
   * A question and, for a follow-up, the conversation it continues.
   *
   * @param question the question, up to 500 characters
   * @param conversationId from an earlier answer; unknown or expired ones start a new conversation
   */
  record QuestionRequest(String question, @Nullable String conversationId) {}

  /** A cited source: the item, its address, the passage quoted and its language. */
  record CitationResponse(
      int number,
      String type,
      long id,
      String title,
      String url,
      @Nullable String section,
      String passage,
      @Nullable String language) {}

  /** An item that may help when the question was declined. */
  record RelatedResponse(String type, String title, String url) {}

  /**
   * An answer. {@code text} carries citation marks [n] that number {@code citations}; {@code mode}
   * is extractive or generative; {@code declined} is true when the hub holds no answer; {@code
   * count} is the number of items a list question found.
   */
  record AnswerResponse(
      String answerId,
      String conversationId,
      String language,
      String mode,
      double confidence,
      boolean declined,
      String text,
      @Nullable Long count,
      List<CitationResponse> citations,
      String searchUrl,
      List<RelatedResponse> related,
      @Nullable String notice) {

    static AnswerResponse of(Answer a, String base) {
      return new AnswerResponse(
          a.id(),
          a.conversationId(),
          a.language(),
          a.mode().code(),
          a.confidence(),
          a.declined(),
          a.text(),
          a.count(),
          a.citations().stream()
              .map(
                  c ->
                      new CitationResponse(
                          c.number(),
                          c.type(),
                          c.id(),
                          c.title(),
                          base + c.url(),
                          c.heading(),
                          c.passage(),
                          c.language()))
              .toList(),
          base + a.searchUrl(),
          a.related().stream()
              .map(r -> new RelatedResponse(r.type(), r.title(), base + r.url()))
              .toList(),
          a.notice());
    }
  }

  /** Answers a question. 200; 400 for a blank or too long question; 429 when asked too often. */
  @PostMapping("/answers")
  AnswerResponse answer(@RequestBody QuestionRequest request, HttpServletRequest http) {
    limits.count(askers.of(http));
    Answer answer =
        assistant.ask(
            request.question(),
            request.conversationId(),
            Languages.supported(RequestContextUtils.getLocale(http)));
    return AnswerResponse.of(answer, base(http));
  }

  /** Thumbs up ({@code helpful: true}) or down on an answer, with an optional comment. */
  record FeedbackRequest(Boolean helpful, String comment) {}

  /** Records feedback on a recent answer, once. 204; 400; 404 for unknown or expired answers. */
  @PostMapping("/answers/{answerId}/feedback")
  ResponseEntity<Void> feedback(
      @PathVariable String answerId,
      @RequestBody FeedbackRequest request,
      HttpServletRequest http) {
    limits.count(askers.of(http));
    assistant.feedback(answerId, request.helpful(), request.comment());
    return ResponseEntity.noContent().build();
  }

  private static String base(HttpServletRequest http) {
    return ServletUriComponentsBuilder.fromContextPath(http).build().toUriString();
  }
}
