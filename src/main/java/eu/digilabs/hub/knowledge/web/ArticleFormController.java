package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.ArticleEditing;
import eu.digilabs.hub.knowledge.ArticleReview;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Article pages for authors and reviewers: the forms (a conflicting save shows both texts) and the
 * review steps.
 */
@Controller
class ArticleFormController {

  private final ArticleService articles;
  private final ArticleEditing editing;
  private final ArticleReview review;
  private final LabDirectory labs;
  private final ProjectQueries projects;
  private final AccountService accounts;
  private final Rights rights;
  private final Forms forms;

  ArticleFormController(
      ArticleService articles,
      ArticleEditing editing,
      ArticleReview review,
      LabDirectory labs,
      ProjectQueries projects,
      AccountService accounts,
      Rights rights,
      Forms forms) {
    this.articles = articles;
    this.editing = editing;
    this.review = review;
    this.labs = labs;
    this.projects = projects;
    this.accounts = accounts;
    this.rights = rights;
    this.forms = forms;
  }

  @GetMapping("/articles/new")
  String createForm(@RequestParam(required = false) @Nullable Long lab, Model model) {
    rights.requireMember();
    return form(model, null, Form.of(empty(lab)), null);
  }

  @PostMapping("/articles")
  String create(
      @Valid @ModelAttribute("command") ArticleCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    if (!result.hasErrors()) {
      try {
        ArticleView created = editing.create(command);
        redirect.addFlashAttribute("notice", "articles.created");
        return "redirect:/articles/" + created.id();
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return form(model, null, forms.of(command, ArticleCommand.class, result), null);
  }

  @GetMapping("/articles/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    ArticleView article = editable(id);
    return form(model, article, Form.of(command(editing.latest(id))), null);
  }

  @PostMapping("/articles/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") ArticleCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ArticleView article = editable(id);
    ArticleView current = null;
    if (!result.hasErrors()) {
      try {
        ArticleView saved =
            editing.update(id, command.version() == null ? -1 : command.version(), command);
        redirect.addFlashAttribute(
            "notice", saved.pending() ? "articles.savedForReview" : "articles.saved");
        return "redirect:/articles/" + id;
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict e) {
        result.reject("articles.conflict");
        current = editing.latest(id);
      }
    }
    return form(model, article, forms.of(command, ArticleCommand.class, result), current);
  }

  @PostMapping("/articles/{id}/submit")
  String submit(@PathVariable long id, RedirectAttributes redirect) {
    return step(id, redirect, "articles.submitted", () -> review.submit(id));
  }

  @PostMapping("/articles/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    return step(id, redirect, "articles.publishedNotice", () -> review.publish(id));
  }

  @PostMapping("/articles/{id}/return")
  String returnToAuthors(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String comment,
      RedirectAttributes redirect) {
    return step(id, redirect, "articles.returned", () -> review.returnToAuthors(id, comment));
  }

  @PostMapping("/articles/{id}/archive")
  String archive(@PathVariable long id, RedirectAttributes redirect) {
    return step(id, redirect, "articles.archivedNotice", () -> review.archive(id));
  }

  private String step(long id, RedirectAttributes redirect, String notice, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
    }
    return "redirect:/articles/" + id;
  }

  private ArticleView editable(long id) {
    ArticleView article = articles.get(id);
    if (!articles.mayEdit(id)) {
      rights.requireMember();
      throw new Forbidden("not an author of article " + id);
    }
    return article;
  }

  private String form(
      Model model, @Nullable ArticleView article, Form form, @Nullable ArticleView current) {
    model.addAttribute("article", article);
    model.addAttribute("form", form);
    model.addAttribute("current", current);
    model.addAttribute("kinds", kinds());
    Map<String, String> labOptions = new LinkedHashMap<>();
    Map<Long, Boolean> mine = rights.admin() ? null : accounts.labsOf(rights.requireMember());
    String chosen = form.value("labId");
    labs.all().stream()
        .filter(
            l -> mine == null || mine.containsKey(l.id()) || Long.toString(l.id()).equals(chosen))
        .forEach(l -> labOptions.put(Long.toString(l.id()), l.name()));
    model.addAttribute("labOptions", labOptions);
    Map<String, String> allLabs = new LinkedHashMap<>();
    labs.all().forEach(l -> allLabs.put(Long.toString(l.id()), l.name()));
    model.addAttribute("linkedLabOptions", allLabs);
    Map<String, String> projectOptions = new LinkedHashMap<>();
    if (!chosen.isEmpty() && chosen.matches("\\d+")) {
      projects.forLab(Long.parseLong(chosen)).stream()
          .filter(p -> p.published())
          .forEach(p -> projectOptions.put(Long.toString(p.id()), p.title()));
    }
    List<Long> selected =
        form.values("projectIds").stream()
            .filter(v -> v.matches("\\d+"))
            .map(Long::valueOf)
            .toList();
    projects
        .publishedTitles(selected)
        .forEach((k, v) -> projectOptions.putIfAbsent(Long.toString(k), v));
    model.addAttribute("projectOptions", projectOptions);
    return "articles/form";
  }

  private Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    ArticleService.KINDS.forEach(k -> kinds.put(k, forms.message("articles.kind." + k)));
    return kinds;
  }

  static ArticleCommand empty(@Nullable Long lab) {
    return new ArticleCommand(
        "", null, null, "guide", null, lab, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), null, null);
  }

  static ArticleCommand command(ArticleView a) {
    return new ArticleCommand(
        a.title(),
        a.summary(),
        a.body(),
        a.kind(),
        a.language(),
        a.labId(),
        a.policyAreas(),
        a.technologies(),
        a.phases(),
        a.projectIds(),
        a.labIds(),
        a.serviceIds(),
        null,
        a.version());
  }
}
