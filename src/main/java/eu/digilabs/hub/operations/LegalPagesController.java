package eu.digilabs.hub.operations;

import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Languages;
import eu.digilabs.hub.web.LegalPages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins edit the imprint, privacy page and accessibility statement in each language. */
@Controller
class LegalPagesController {

  private final LegalTexts texts;
  private final Forms forms;

  LegalPagesController(LegalTexts texts, Forms forms) {
    this.texts = texts;
    this.forms = forms;
  }

  @GetMapping("/admin/legal")
  String list(Model model) {
    List<LegalPages.Text> all = new ArrayList<>();
    for (String page : LegalPages.PAGES) {
      for (String lang : Languages.codes()) {
        all.add(texts.text(page, lang));
      }
    }
    model.addAttribute("texts", all);
    return "admin/legalPages";
  }

  @GetMapping("/admin/legal/{page}/{lang}")
  String edit(@PathVariable String page, @PathVariable String lang, Model model) {
    LegalPages.Text text = texts.text(page, lang);
    return form(model, text, text.markdown(), text.version(), "", "");
  }

  @PostMapping("/admin/legal/{page}/{lang}")
  String save(
      @PathVariable String page,
      @PathVariable String lang,
      @RequestParam(defaultValue = "") String markdown,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    try {
      texts.save(page, lang, markdown, version);
      redirect.addFlashAttribute("notice", "legal.saved");
      return "redirect:/admin/legal/" + page + "/" + lang;
    } catch (InvalidInput e) {
      InvalidInput.FieldProblem problem = e.problems().get(0);
      return form(
          model,
          texts.text(page, lang),
          markdown,
          version,
          forms.message(problem.code(), problem.args()),
          "");
    } catch (Conflict e) {
      return form(
          model, texts.text(page, lang), markdown, version, "", forms.message("form.conflict"));
    }
  }

  private static String form(
      Model model,
      LegalPages.Text text,
      String markdown,
      String version,
      String error,
      String problem) {
    model.addAttribute("text", text);
    model.addAttribute("source", markdown);
    model.addAttribute("version", version);
    model.addAttribute("error", error);
    model.addAttribute("problem", problem);
    return "admin/legalPage";
  }
}
