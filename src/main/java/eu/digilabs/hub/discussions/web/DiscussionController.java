package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.DiscussionDraft;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.discussions.Discussions;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.LocalPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Discussion pages: writing on an item's page (refused text comes back to the form with the
 * reason), replying and quoting on a post's own page, editing within the window, deleting one's own
 * post, reporting. Search hits lead through {@code /discussions/posts/{id}} to the post on its
 * item's page.
 */
@Controller
class DiscussionController {

  private final Discussions discussions;
  private final DiscussionReading reading;
  private final Forms forms;

  DiscussionController(Discussions discussions, DiscussionReading reading, Forms forms) {
    this.discussions = discussions;
    this.reading = reading;
    this.forms = forms;
  }

  @PostMapping("/discussions/posts")
  String post(
      @RequestParam String item,
      @RequestParam(defaultValue = "") String body,
      @RequestParam(required = false) @Nullable Long replyTo,
      @RequestParam(defaultValue = "/") String back,
      Model model,
      RedirectAttributes redirect) {
    try {
      long id = discussions.post(item, body, replyTo);
      return "redirect:" + discussions.pathOf(id);
    } catch (InvalidInput refused) {
      String error = refused.problems().get(0).code();
      if (replyTo != null) {
        return replyPage(replyTo, body, forms.message(error, args(refused)), model);
      }
      redirect.addFlashAttribute(
          "discussionDraft", new DiscussionDraft(body, forms.message(error, args(refused))));
      return "redirect:" + LocalPaths.orElse(back, "/") + "#discussion-form";
    }
  }

  @GetMapping("/discussions/posts/{id}")
  String show(@PathVariable long id) {
    return "redirect:" + discussions.pathOf(id);
  }

  @GetMapping("/discussions/posts/{id}/reply")
  String reply(
      @PathVariable long id, @RequestParam(defaultValue = "false") boolean quote, Model model) {
    var single = reading.one(id);
    String body = quote ? quoted(single.post().body()) : "";
    return replyPage(id, body, "", model);
  }

  @GetMapping("/discussions/posts/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    var single = reading.one(id);
    return editPage(single, single.post().body(), single.post().version(), "", model);
  }

  @PostMapping("/discussions/posts/{id}")
  String edit(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String body,
      @RequestParam long version,
      Model model) {
    try {
      discussions.edit(id, body, version);
      return "redirect:" + discussions.pathOf(id);
    } catch (InvalidInput refused) {
      String error = forms.message(refused.problems().get(0).code(), args(refused));
      return editPage(reading.one(id), body, version, error, model);
    } catch (Conflict stale) {
      return editPage(reading.one(id), body, version, forms.message("form.conflict"), model);
    }
  }

  @PostMapping("/discussions/posts/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    String path = discussions.delete(id);
    redirect.addFlashAttribute("notice", "discussions.deleted");
    return "redirect:" + path + "#discussion";
  }

  @PostMapping("/discussions/posts/{id}/report")
  String report(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    try {
      discussions.report(id, reason);
      redirect.addFlashAttribute("notice", "discussions.reported");
      return "redirect:" + discussions.pathOf(id);
    } catch (InvalidInput refused) {
      model.addAttribute("single", reading.one(id));
      model.addAttribute("reason", reason);
      model.addAttribute("error", forms.message(refused.problems().get(0).code(), args(refused)));
      return "discussions/report";
    }
  }

  @GetMapping("/discussions/posts/{id}/report")
  String reportForm(@PathVariable long id, Model model) {
    model.addAttribute("single", reading.one(id));
    model.addAttribute("reason", "");
    model.addAttribute("error", "");
    return "discussions/report";
  }

  private String replyPage(long id, String body, String error, Model model) {
    model.addAttribute("single", reading.one(id));
    model.addAttribute("body", body);
    model.addAttribute("error", error);
    return "discussions/reply";
  }

  private String editPage(
      DiscussionReading.Single single, String body, long version, String error, Model model) {
    model.addAttribute("single", single);
    model.addAttribute("body", body);
    model.addAttribute("version", version);
    model.addAttribute("error", error);
    return "discussions/edit";
  }

  /** The post as a Markdown quote above the reply. */
  static String quoted(String body) {
    return body.lines().map(line -> "> " + line).reduce((a, b) -> a + "\n" + b).orElse("") + "\n\n";
  }

  private static Object[] args(InvalidInput refused) {
    Object[] args = refused.problems().get(0).args();
    return args == null ? new Object[0] : args;
  }
}
