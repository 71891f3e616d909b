package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.UnsubscribeLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One-click unsubscribe (RFC 8058). Mail clients post {@code List-Unsubscribe=One-Click} to the
 * link, without a session or a CSRF token; the token alone says whose list it is. Opening the link
 * in a browser only shows a button (link scanners open links too), which posts the same.
 */
@Controller
class UnsubscribeController {

  private final UnsubscribeLinks links;

  UnsubscribeController(UnsubscribeLinks links) {
    this.links = links;
  }

  @GetMapping("/unsubscribe")
  String confirm(@RequestParam(required = false) @Nullable String token, Model model) {
    model.addAttribute("token", token == null ? "" : token);
    model.addAttribute("known", links.known(token));
    model.addAttribute("done", false);
    return "notifications/unsubscribe";
  }

  /** The mail client's one-click post: an empty 200 either way, so tokens cannot be probed. */
  @PostMapping(value = "/unsubscribe", params = "List-Unsubscribe=One-Click")
  @ResponseBody
  ResponseEntity<Void> oneClick(@RequestParam(required = false) @Nullable String token) {
    links.unsubscribe(token);
    return ResponseEntity.status(HttpStatus.OK).build();
  }

  /** The button on the confirmation page. */
  @PostMapping("/unsubscribe")
  String unsubscribe(
      @RequestParam(required = false) @Nullable String token,
      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    boolean known = links.unsubscribe(token);
    model.addAttribute("token", "");
    model.addAttribute("known", known);
    model.addAttribute("done", known);
    return "notifications/unsubscribe";
  }
}
