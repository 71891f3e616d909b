package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.Discussions;
import eu.digilabs.hub.discussions.Moderation;
import eu.digilabs.hub.shared.problems.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderation queue (reported posts, with counts) and a moderator's decisions. */
@Controller
class ModerationController {

  private final Moderation moderation;
  private final Discussions discussions;

  ModerationController(Moderation moderation, Discussions discussions) {
    this.moderation = moderation;
    this.discussions = discussions;
  }

  @GetMapping("/moderation")
  String queue(Model model) {
    model.addAttribute("queue", moderation.queue());
    return "discussions/moderation";
  }

  @PostMapping("/moderation/posts/{id}/hide")
  String hide(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "/moderation") String back,
      RedirectAttributes redirect) {
    try {
      moderation.hide(id, reason);
      redirect.addFlashAttribute("notice", "moderation.hidden");
    } catch (InvalidInput refused) {
      redirect.addFlashAttribute("notice", "moderation.reasonRequired");
    }
    return "redirect:" + eu.digilabs.hub.web.LocalPaths.orElse(back, "/moderation");
  }

  @PostMapping("/moderation/posts/{id}/restore")
  String restore(@PathVariable long id, RedirectAttributes redirect) {
    moderation.restore(id);
    redirect.addFlashAttribute("notice", "moderation.restored");
    return "redirect:" + discussions.pathOf(id);
  }

  @PostMapping("/moderation/posts/{id}/dismiss")
  String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    moderation.dismiss(id);
    redirect.addFlashAttribute("notice", "moderation.kept");
    return "redirect:/moderation";
  }
}
