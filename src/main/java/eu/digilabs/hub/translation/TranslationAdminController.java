package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.problems.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Translation for admins ({@code /admin/**} is for admins only): the providers and today's use of
 * their quotas, the glossary, and pre-translating all published content into chosen languages, with
 * progress.
 */
@Controller
class TranslationAdminController {

  private final Translator translator;
  private final PreTranslation preTranslation;
  private final GlossaryStore glossary;

  TranslationAdminController(
      Translator translator, PreTranslation preTranslation, GlossaryStore glossary) {
    this.translator = translator;
    this.preTranslation = preTranslation;
    this.glossary = glossary;
  }

  @GetMapping("/admin/translations")
  String page(Model model) {
    return show(model, Map.of(), Map.of());
  }

  @PostMapping("/admin/translations/glossary")
  String addTerm(
      @RequestParam(defaultValue = "*") String from,
      @RequestParam(defaultValue = "*") String to,
      @RequestParam(defaultValue = "") String term,
      @RequestParam(defaultValue = "") String rendering,
      Model model,
      RedirectAttributes redirect) {
    try {
      glossary.put(from, to, term, rendering);
    } catch (InvalidInput invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), p.code()));
      return show(
          model, Map.of("from", from, "to", to, "term", term, "rendering", rendering), errors);
    }
    redirect.addFlashAttribute("notice", "translation.glossary.saved");
    return "redirect:/admin/translations#glossary";
  }

  @PostMapping("/admin/translations/glossary/{id}/delete")
  String removeTerm(@PathVariable long id, RedirectAttributes redirect) {
    glossary.remove(id);
    redirect.addFlashAttribute("notice", "translation.glossary.removed");
    return "redirect:/admin/translations#glossary";
  }

  private String show(Model model, Map<String, String> values, Map<String, String> errors) {
    model.addAttribute("glossary", glossary.adminTerms());
    model.addAttribute("shipped", glossary.shippedTerms());
    List<String> languages = new ArrayList<>();
    languages.add("*");
    languages.addAll(LanguageCodes.EU_OFFICIAL);
    model.addAttribute("glossaryLanguages", languages);
    model.addAttribute("termValues", values);
    model.addAttribute("termErrors", errors);
    model.addAttribute("enabled", translator.enabled());
    model.addAttribute("usage", translator.usage());
    TreeSet<String> targets = new TreeSet<>();
    translator.pairs().forEach(pair -> targets.add(pair.to()));
    model.addAttribute("targets", List.copyOf(targets));
    model.addAttribute("progress", preTranslation.progress());
    return "translation/admin";
  }

  @PostMapping("/admin/translations/pre-translate")
  String start(
      @RequestParam(name = "language", required = false) List<String> languages,
      RedirectAttributes redirect) {
    boolean started = preTranslation.start(languages == null ? List.of() : languages);
    redirect.addFlashAttribute(
        "notice",
        started
            ? "translation.admin.started"
            : languages == null || languages.isEmpty()
                ? "translation.admin.chooseLanguage"
                : "translation.admin.notStarted");
    return "redirect:/admin/translations";
  }

  @PostMapping("/admin/translations/stop")
  String stop(RedirectAttributes redirect) {
    preTranslation.stop();
    redirect.addFlashAttribute("notice", "translation.admin.stopping");
    return "redirect:/admin/translations";
  }
}
