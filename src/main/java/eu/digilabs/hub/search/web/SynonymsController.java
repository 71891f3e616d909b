package eu.digilabs.hub.search.web;

import eu.digilabs.hub.search.Synonyms;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins maintain the synonym groups search applies; changes take effect at once. */
@Controller
class SynonymsController {

  private final Synonyms synonyms;
  private final Forms forms;

  SynonymsController(Synonyms synonyms, Forms forms) {
    this.synonyms = synonyms;
    this.forms = forms;
  }

  @GetMapping("/admin/synonyms")
  String page(Model model) {
    model.addAttribute("groups", synonyms.all());
    if (!model.containsAttribute("problem")) {
      model.addAttribute("problem", "");
    }
    return "search/synonyms";
  }

  @PostMapping("/admin/synonyms")
  String add(@RequestParam(defaultValue = "") String terms, RedirectAttributes redirect) {
    return done(() -> synonyms.add(terms), "synonyms.added", redirect);
  }

  @PostMapping("/admin/synonyms/{id}")
  String update(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String terms,
      @RequestParam(defaultValue = "-1") long version,
      RedirectAttributes redirect) {
    return done(() -> synonyms.update(id, version, terms), "synonyms.saved", redirect);
  }

  @PostMapping("/admin/synonyms/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    return done(() -> synonyms.delete(id), "synonyms.deleted", redirect);
  }

  private String done(Runnable change, String notice, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", forms.message("synonyms.invalid"));
    } catch (Conflict e) {
      redirect.addFlashAttribute("problem", forms.message("form.conflict"));
    }
    return "redirect:/admin/synonyms";
  }
}
