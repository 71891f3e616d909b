package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.ArticleAttachments;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.ArticleEditing;
import eu.digilabs.hub.knowledge.ArticleHistory;
import eu.digilabs.hub.knowledge.ArticleReview;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleSummary;
import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.knowledge.AttachmentView;
import eu.digilabs.hub.knowledge.RevisionView;
import eu.digilabs.hub.knowledge.TextDiff;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API for articles and guides: visitors read published ones; members write drafts; the lab's
 * editors and admins review. Every save is a version; versions can be compared and restored.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApi {

  private final ArticleService articles;
  private final ArticleEditing editing;
  private final ArticleReview review;
  private final ArticleHistory history;
  private final ArticleAttachments attachments;

  ArticleApi(
      ArticleService articles,
      ArticleEditing editing,
      ArticleReview review,
      ArticleHistory history,
      ArticleAttachments attachments) {
    this.articles = articles;
    this.editing = editing;
    this.review = review;
    this.history = history;
    this.attachments = attachments;
  }

  /** A reviewer's answer when returning an article to its authors. */
  record ReturnRequest(@Nullable String comment) {}

  /** Published articles, newest first; {@code kind} guide, how-to, background or news. 200. */
  @GetMapping
  PageResponse<ArticleSummary> list(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(required = false) @Nullable String phase,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(articles.list(kind, language, phase, page, size));
  }

  /** One article; drafts for authors and reviewers. 200; 404. */
  @GetMapping("/{id}")
  ArticleView get(@PathVariable long id) {
    return articles.get(id);
  }

  /** Creates a draft authored by the caller. 201; 400; 401; 403 for another lab. */
  @PostMapping
  ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleCommand command) {
    ArticleView created = editing.create(command);
    return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(created);
  }

  /** Saves a new version from the {@code version} read. 200; 400; 401; 403; 404; 409 stale. */
  @PutMapping("/{id}")
  ArticleView update(@PathVariable long id, @Valid @RequestBody ArticleCommand command) {
    if (command.version() == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return editing.update(id, command.version(), command);
  }

  /** The article's attachments. 200; 404. */
  @GetMapping("/{id}/attachments")
  List<AttachmentView> attachments(@PathVariable long id) {
    return attachments.attachments(id);
  }

  /**
   * Attaches a file (multipart field {@code file}): PDF, office document or image, checked by
   * content. 201; 400 wrong type; 401; 403; 404; 413 too large.
   */
  @PostMapping(value = "/{id}/attachments", consumes = "multipart/form-data")
  ResponseEntity<AttachmentView> attach(
      @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
    AttachmentView created = attachments.attach(id, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create(created.path())).body(created);
  }

  /** Removes an attachment. 204; 401; 403; 404. */
  @DeleteMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long attachmentId) {
    attachments.detach(id, attachmentId);
    return ResponseEntity.noContent().build();
  }

  /** Every saved version, latest first. 200; 404. */
  @GetMapping("/{id}/versions")
  List<RevisionView> versions(@PathVariable long id) {
    return history.history(id);
  }

  /**
   * Changes between two versions: rows kept, removed, added (with changed and shared words for a
   * changed line) or skipped (a run of unchanged lines). 200; 400 too large to compare; 404.
   */
  @GetMapping("/{id}/diff")
  List<TextDiff.Line> diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
    TextDiff.Comparison comparison = history.diff(id, from, to);
    if (comparison.tooLarge()) {
      throw new InvalidInput("to", "articles.diffTooLarge");
    }
    return comparison.lines();
  }

  /** Saves an old version's text as the newest. 200; 401; 403; 404. */
  @PostMapping("/{id}/versions/{number}/restore")
  ArticleView restore(@PathVariable long id, @PathVariable int number) {
    return history.restore(id, number);
  }

  /** Submits a draft for review. 200; 400 not a draft; 401; 403; 404. */
  @PostMapping("/{id}/submit")
  ArticleView submit(@PathVariable long id) {
    return review.submit(id);
  }

  /** Publishes (reviewers). 200; 401; 403; 404. */
  @PostMapping("/{id}/publish")
  ArticleView publish(@PathVariable long id) {
    return review.publish(id);
  }

  /** Returns an article in review to its authors with a comment (reviewers). 200; 400; 401; 403. */
  @PostMapping("/{id}/return")
  ArticleView returnToAuthors(@PathVariable long id, @RequestBody @Nullable ReturnRequest request) {
    return review.returnToAuthors(id, request == null ? null : request.comment());
  }

  /** Archives (reviewers): still readable, marked as archived. 200; 401; 403; 404. */
  @PostMapping("/{id}/archive")
  ArticleView archive(@PathVariable long id) {
    return review.archive(id);
  }
}
