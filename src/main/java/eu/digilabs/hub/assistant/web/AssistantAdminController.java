package eu.digilabs.hub.assistant.web;

import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.shared.problems.Conflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins: quality logging on or off (questions are kept only while it is on, never with an account
 * or address), feedback on answers, logged questions, and rebuilding the passages.
 */
@Controller
class AssistantAdminController {

  private final AssistantService assistant;

  AssistantAdminController(AssistantService assistant) {
    this.assistant = assistant;
  }

  @GetMapping("/admin/assistant")
  String page(Model model) {
    model.addAttribute("settings", assistant.settings());
    model.addAttribute("passages", assistant.passages());
    model.addAttribute("feedback", assistant.feedbackCounts());
    model.addAttribute("comments", assistant.feedbackComments(20));
    model.addAttribute("logged", assistant.logged(100));
    return "assistant/admin";
  }

  @PostMapping("/admin/assistant/logging")
  String logging(
      @RequestParam(defaultValue = "false") boolean on,
      @RequestParam(defaultValue = "-1") long version,
      RedirectAttributes redirect) {
    try {
      assistant.qualityLogging(on, version);
      redirect.addFlashAttribute(
          "notice", on ? "assistant.admin.loggingOn" : "assistant.admin.loggingOff");
    } catch (Conflict e) {
      redirect.addFlashAttribute("notice", "assistant.admin.changed");
    }
    return "redirect:/admin/assistant";
  }

  @PostMapping("/admin/assistant/rebuild")
  String rebuild(RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "notice",
        assistant.rebuildPassages() ? "assistant.admin.rebuilding" : "assistant.admin.running");
    return "redirect:/admin/assistant";
  }
}
