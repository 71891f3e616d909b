package eu.digilabs.hub.taxonomy.web;

import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.Forms;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins maintain the vocabularies: relabel, retire and add entries. */
@Controller
class TaxonomyAdminController {

  private final Taxonomy taxonomy;
  private final Forms forms;

  TaxonomyAdminController(Taxonomy taxonomy, Forms forms) {
    this.taxonomy = taxonomy;
    this.forms = forms;
  }

  @GetMapping("/admin/taxonomies")
  String page(@RequestParam(defaultValue = "country") String vocabulary, Model model) {
    Vocabulary chosen = vocabulary(vocabulary);
    model.addAttribute("vocabularies", Arrays.asList(Vocabulary.values()));
    model.addAttribute("vocabulary", chosen);
    model.addAttribute("terms", taxonomy.all(chosen));
    if (!model.containsAttribute("problem")) {
      model.addAttribute("problem", "");
    }
    return "admin/taxonomies";
  }

  @PostMapping("/admin/taxonomies/{vocabulary}")
  String add(
      @PathVariable String vocabulary,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String labelDe,
      @RequestParam(defaultValue = "") String labelEn,
      RedirectAttributes redirect) {
    Vocabulary chosen = vocabulary(vocabulary);
    if (!code.matches("^[a-z0-9-]{1,80}$|^[A-Z]{2}$")
        || labelDe.isBlank()
        || labelEn.isBlank()
        || labelDe.length() > 200
        || labelEn.length() > 200) {
      redirect.addFlashAttribute("problem", forms.message("taxonomy.invalidTerm"));
    } else {
      try {
        taxonomy.add(chosen, code, labelDe.strip(), labelEn.strip());
        redirect.addFlashAttribute("notice", "taxonomy.added");
      } catch (InvalidInput e) {
        redirect.addFlashAttribute(
            "problem", forms.message(e.problems().get(0).code(), e.problems().get(0).args()));
      }
    }
    return "redirect:/admin/taxonomies?vocabulary=" + chosen.code();
  }

  @PostMapping("/admin/taxonomies/{vocabulary}/{code}")
  String update(
      @PathVariable String vocabulary,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String labelDe,
      @RequestParam(defaultValue = "") String labelEn,
      @RequestParam(defaultValue = "false") boolean active,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    Vocabulary chosen = vocabulary(vocabulary);
    if (labelDe.isBlank()
        || labelEn.isBlank()
        || labelDe.length() > 200
        || labelEn.length() > 200) {
      redirect.addFlashAttribute("problem", forms.message("taxonomy.invalidTerm"));
    } else {
      try {
        taxonomy.update(chosen, code, labelDe.strip(), labelEn.strip(), active, version);
        redirect.addFlashAttribute("notice", "taxonomy.saved");
      } catch (Conflict e) {
        redirect.addFlashAttribute("problem", forms.message("form.conflict"));
      }
    }
    return "redirect:/admin/taxonomies?vocabulary=" + chosen.code() + "#term-" + code;
  }

  private static Vocabulary vocabulary(String code) {
    return Vocabulary.byCode(code).orElseThrow(() -> new NotFound("Vocabulary " + code));
  }
}
