package eu.digilabs.hub.cooperation.web;

import eu.digilabs.hub.cooperation.AskCommand;
import eu.digilabs.hub.cooperation.QuestionService;
import eu.digilabs.hub.cooperation.QuestionService.QuestionSummary;
import eu.digilabs.hub.cooperation.QuestionService.QuestionView;
import eu.digilabs.hub.cooperation.QuestionService.Suggestion;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of "ask the network". Answers are discussion posts on the item {@code question:{id}}
 * ({@code POST /api/v1/discussions/posts}, read with {@code GET
 * /api/v1/discussions/question:{id}/posts}).
 */
@RestController
@RequestMapping("/api/v1")
class QuestionApi {

  /** Which answer the asker accepts. */
  record AcceptRequest(@NotNull Long post) {}

  /** The new count of "this helped me too". */
  record HelpedCount(long count) {}

  private final QuestionService questions;

  QuestionApi(QuestionService questions) {
    this.questions = questions;
  }

  /** Questions newest first; {@code show} is all, open, answered or unanswered. 200. */
  @GetMapping("/questions")
  PageResponse<QuestionSummary> list(
      @RequestParam(defaultValue = "all") String show,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(questions.list(show, page, size));
  }

  /** Asks all labs. 201; 400 with field errors; 401. */
  @PostMapping("/questions")
  ResponseEntity<QuestionView> ask(@RequestBody AskCommand command) {
    long id = questions.ask(command);
    return ResponseEntity.created(URI.create("/api/v1/questions/" + id)).body(questions.get(id));
  }

  /** One question. 200; 404. */
  @GetMapping("/questions/{id}")
  QuestionView get(@PathVariable long id) {
    return questions.get(id);
  }

  /** What may already answer a question being written. 200. */
  @GetMapping("/questions/suggestions")
  List<Suggestion> suggest(@RequestParam(defaultValue = "") String title) {
    return questions.suggest(title);
  }

  /** The asker accepts an answer. 204; 400 not an answer of it; 401; 403 not the asker; 404. */
  @PostMapping("/questions/{id}/accept")
  ResponseEntity<Void> accept(@PathVariable long id, @RequestBody AcceptRequest request) {
    questions.accept(id, request.post());
    return ResponseEntity.noContent().build();
  }

  /** "This helped me too", or taken back. 200 with the count; 400 own answer; 401; 404. */
  @PostMapping("/questions/{id}/answers/{post}/helped")
  HelpedCount helped(@PathVariable long id, @PathVariable long post) {
    return new HelpedCount(questions.helped(id, post));
  }
}
