package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Activities.ActivityView;
import eu.digilabs.hub.notifications.DigestSettings;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.notifications.Follows.FollowState;
import eu.digilabs.hub.notifications.Follows.Followed;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.NoticeView;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

/**
 * REST API of follows, the member's feed, notifications and digest settings: all of it the caller's
 * own (a token of theirs); nobody reads whom others follow.
 */
@RestController
@RequestMapping("/api/v1")
class NotificationApi {

  /** What to follow: an item key such as {@code project:12} or {@code technology:chatbot}. */
  record FollowRequest(@NotBlank @Size(max = 120) String item) {}

  /** Which notices to mark read; none means all. */
  record ReadRequest(@Nullable List<Long> ids) {}

  /** Digest settings with the {@code version} they were read at. */
  record SettingsRequest(
      @NotBlank String digest,
      @NotBlank String language,
      @NotBlank String timeZone,
      @NotNull Long version) {}

  private final Follows follows;
  private final Activities activities;
  private final Notices notices;
  private final DigestSettings settings;

  NotificationApi(
      Follows follows, Activities activities, Notices notices, DigestSettings settings) {
    this.follows = follows;
    this.activities = activities;
    this.notices = notices;
    this.settings = settings;
  }

  /** What the caller follows, newest first; gone items with an empty title and path. 200; 401. */
  @GetMapping("/follows")
  List<Followed> follows() {
    return follows.mine();
  }

  /** Follows a published item (idempotent). 201; 400 unknown item or too many; 401. */
  @PostMapping("/follows")
  ResponseEntity<FollowState> follow(@Valid @RequestBody FollowRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(follows.follow(request.item()));
  }

  /** Stops following (idempotent). 204; 401. */
  @DeleteMapping("/follows/{item}")
  ResponseEntity<Void> unfollow(@PathVariable String item) {
    follows.unfollow(item);
    return ResponseEntity.noContent().build();
  }

  /** What is new in what the caller follows, newest first. 200; 401. */
  @GetMapping("/activity")
  PageResponse<ActivityView> activity(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int size) {
    return PageResponse.of(activities.feed(page, Math.max(1, Math.min(size, 100))));
  }

  /** The caller's notifications, newest first, unchanged (mark them read with a POST). 200; 401. */
  @GetMapping("/notifications")
  PageResponse<NoticeView> notifications(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int size) {
    return PageResponse.of(notices.list(page, Math.max(1, Math.min(size, 100))));
  }

  /** Marks notifications read (the ids given, or all). 200 with how many changed; 401. */
  @PostMapping("/notifications/read")
  int read(@RequestBody ReadRequest request) {
    return notices.markRead(request.ids() == null ? List.of() : request.ids());
  }

  /** The caller's digest settings (made with the defaults on first use). 200; 401. */
  @GetMapping("/notification-settings")
  DigestSettings.Settings settings() {
    return settings.mine();
  }

  /** Changes the digest settings. 200; 400 with field errors; 401; 409 stale version. */
  @PutMapping("/notification-settings")
  DigestSettings.Settings update(@Valid @RequestBody SettingsRequest request) {
    return settings.update(
        request.digest(), request.language(), request.timeZone(), request.version());
  }
}
