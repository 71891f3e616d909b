package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.discussions.Discussions;
import eu.digilabs.hub.discussions.Moderation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of discussions: read an item's discussion, post, reply, edit within the window, delete
 * one's own post, report; moderators read their queue and hide or restore posts.
 */
@RestController
@RequestMapping("/api/v1")
class DiscussionApi {

  /** A post on an item ({@code project:12}), or a reply to a post of it. */
  record PostRequest(
      @NotBlank @Size(max = 120) String item,
      @NotBlank @Size(max = 10_000) String body,
      @Nullable Long replyTo) {}

  /** The new text of a post, with the {@code version} it was read at. */
  record EditRequest(@NotBlank @Size(max = 10_000) String body, @NotNull Long version) {}

  /** Why a post is reported or hidden. */
  record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

  /** Where a new post stands. */
  record Created(long id, String path) {}

  private final Discussions discussions;
  private final DiscussionReading reading;
  private final Moderation moderation;

  DiscussionApi(Discussions discussions, DiscussionReading reading, Moderation moderation) {
    this.discussions = discussions;
    this.reading = reading;
    this.moderation = moderation;
  }

  /** The discussion of a published item, threads in order with their replies. 200; 404. */
  @GetMapping("/discussions/{item}/posts")
  DiscussionReading.Section discussion(@PathVariable String item) {
    return reading.section(item);
  }

  /** Posts on an item or replies to a post. 201; 400; 401; 404 item not published; 429. */
  @PostMapping("/discussions/posts")
  ResponseEntity<Created> post(@Valid @RequestBody PostRequest request) {
    long id = discussions.post(request.item(), request.body(), request.replyTo());
    return ResponseEntity.created(URI.create("/api/v1/discussions/posts/" + id))
        .body(new Created(id, discussions.pathOf(id)));
  }

  /** Changes one's own post within the edit window. 204; 400 too late; 401; 403; 404; 409. */
  @PutMapping("/discussions/posts/{id}")
  ResponseEntity<Void> edit(@PathVariable long id, @Valid @RequestBody EditRequest request) {
    discussions.edit(id, request.body(), request.version());
    return ResponseEntity.noContent().build();
  }

  /** Deletes one's own post. 204; 401; 403; 404. */
  @DeleteMapping("/discussions/posts/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    discussions.delete(id);
    return ResponseEntity.noContent().build();
  }

  /** Reports a post to its moderators. 204; 400; 401; 404; 429. */
  @PostMapping("/discussions/posts/{id}/reports")
  ResponseEntity<Void> report(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
    discussions.report(id, request.reason());
    return ResponseEntity.noContent().build();
  }

  /** The caller's moderation queue with counts. 200; 401; 403 not a lab editor or admin. */
  @GetMapping("/moderation")
  Moderation.Queue queue() {
    return moderation.queue();
  }

  /** Hides a post; its author is told the reason. 204; 400; 401; 403; 404. */
  @PostMapping("/moderation/posts/{id}/hide")
  ResponseEntity<Void> hide(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
    moderation.hide(id, request.reason());
    return ResponseEntity.noContent().build();
  }

  /** Shows a hidden post again. 204; 401; 403; 404. */
  @PostMapping("/moderation/posts/{id}/restore")
  ResponseEntity<Void> restore(@PathVariable long id) {
    moderation.restore(id);
    return ResponseEntity.noContent().build();
  }
}
