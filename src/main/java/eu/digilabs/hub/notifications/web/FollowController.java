package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.notifications.Follows.FollowState;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.LocalPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The follow button of every followable page: a plain form that returns to the page, or with htmx
 * the button alone.
 */
@Controller
class FollowController {

  private final Follows follows;

  FollowController(Follows follows) {
    this.follows = follows;
  }

  @PostMapping("/follows")
  String follow(
      @RequestParam String item,
      @RequestParam(defaultValue = "/following") String back,
      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    try {
      return answer(follows.follow(item), back, htmx, model);
    } catch (InvalidInput unknown) {
      // the item comes from a hidden field or a list: only a forged or stale form gets here
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "follows.unknown", unknown);
    }
  }

  @PostMapping("/follows/delete")
  String unfollow(
      @RequestParam String item,
      @RequestParam(defaultValue = "/following") String back,
      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    FollowState state = follows.unfollow(item);
    return answer(follows.state(state.key(), java.util.List.of()), back, htmx, model);
  }

  private static String answer(FollowState state, String back, @Nullable String htmx, Model model) {
    String to = LocalPaths.orElse(back, "/following");
    if (htmx != null) {
      model.addAttribute("follow", state);
      model.addAttribute("back", to);
      return "notifications/follow";
    }
    return "redirect:" + to;
  }
}
