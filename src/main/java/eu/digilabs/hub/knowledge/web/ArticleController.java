package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleSummary;
import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
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
 * Article pages: the library, an article with its table of contents, the print view, the forms (a
 * conflicting save shows both texts), the review steps, history, differences and restore.
 */
@Controller
class ArticleController {

  private final ArticleService articles;
  private final LabDirectory labs;
  private final ProjectQueries projects;
  private final Catalogue catalogue;
  private final AccountService accounts;
  private final Rights rights;
  private final Forms forms;
  private final Markdown markdown;

  ArticleController(
      ArticleService articles,
      LabDirectory labs,
      ProjectQueries projects,
      Catalogue catalogue,
      AccountService accounts,
      Rights rights,
      Forms forms,
      Markdown markdown) {
    this.articles = articles;
    this.labs = labs;
    this.projects = projects;
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.rights = rights;
    this.forms = forms;
    this.markdown = markdown;
  }

  @GetMapping("/articles")
  String list(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String phase,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    Page<ArticleSummary> found = articles.list(kind, language, phase, page, 20);
    model.addAttribute("page", found);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("language", language == null ? "" : language);
    model.addAttribute("phase", phase == null ? "" : phase);
    model.addAttribute("mine", articles.mine());
    return "articles/list";
  }

  @GetMapping("/articles/{id}")
  String detail(@PathVariable long id, Model model) {
    return show(id, model, "articles/detail");
  }

  @GetMapping("/articles/{id}/print")
  String print(@PathVariable long id, Model model) {
    return show(id, model, "articles/print");
  }

  private String show(long id, Model model, String view) {
    ArticleView article = articles.get(id);
    model.addAttribute("article", article);
    model.addAttribute("html", markdown.withAnchors(article.body()));
    model.addAttribute("headings", markdown.headings(article.body()));
    model.addAttribute("minutes", Markdown.readingMinutes(article.body()));
    model.addAttribute("labNames", articles.labNames(article));
    model.addAttribute("projectTitles", articles.projectTitles(article));
    model.addAttribute("services", catalogue.find(article.serviceIds()));
    model.addAttribute("authors", articles.authorNames(article));
    model.addAttribute("mayEdit", articles.mayEdit(id));
    model.addAttribute("mayReview", articles.mayReview(id));
    model.addAttribute("helpfulness", articles.helpfulness(id));
    model.addAttribute("gaveFeedback", articles.gaveFeedback(id));
    model.addAttribute("attachments", articles.attachments(id));
    return view;
  }

  @PostMapping("/articles/{id}/feedback")
  String feedback(
      @PathVariable long id,
      @RequestParam(required = false) String helpful,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect) {
    rights.requireMember();
    try {
      articles.feedback(
          id,
          "yes".equals(helpful) ? Boolean.TRUE : "no".equals(helpful) ? Boolean.FALSE : null,
          comment);
      redirect.addFlashAttribute("notice", "articles.feedbackThanks");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
      redirect.addFlashAttribute("feedbackComment", comment);
    }
    return "redirect:/articles/" + id + "#feedback";
  }

  // --- writing ---------------------------------------------------------------------------------

  @GetMapping("/articles/new")
  String createForm(@RequestParam(required = false) Long lab, Model model) {
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
        ArticleView created = articles.create(command);
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
    return form(model, article, Form.of(command(articles.latest(id))), null);
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
            articles.update(id, command.version() == null ? -1 : command.version(), command);
        redirect.addFlashAttribute(
            "notice", saved.pending() ? "articles.savedForReview" : "articles.saved");
        return "redirect:/articles/" + id;
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict e) {
        result.reject("articles.conflict");
        current = articles.latest(id);
      }
    }
    return form(model, article, forms.of(command, ArticleCommand.class, result), current);
  }

  @PostMapping("/articles/{id}/submit")
  String submit(@PathVariable long id, RedirectAttributes redirect) {
    return step(id, redirect, "articles.submitted", () -> articles.submit(id));
  }

  @PostMapping("/articles/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    return step(id, redirect, "articles.publishedNotice", () -> articles.publish(id));
  }

  @PostMapping("/articles/{id}/return")
  String returnToAuthors(
      @PathVariable long id,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect) {
    return step(id, redirect, "articles.returned", () -> articles.returnToAuthors(id, comment));
  }

  @PostMapping("/articles/{id}/archive")
  String archive(@PathVariable long id, RedirectAttributes redirect) {
    return step(id, redirect, "articles.archivedNotice", () -> articles.archive(id));
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

  // --- attachments -----------------------------------------------------------------------------

  @PostMapping("/articles/{id}/attachments")
  String attach(
      @PathVariable long id,
      @RequestParam(name = "file", required = false)
          org.springframework.web.multipart.MultipartFile file,
      RedirectAttributes redirect)
      throws java.io.IOException {
    rights.requireMember();
    try {
      articles.attach(
          id,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("notice", "articles.attached");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("attachmentError", e.problems().get(0));
    }
    return "redirect:/articles/" + id + "#attachments";
  }

  @PostMapping("/articles/{id}/attachments/{attachmentId}/delete")
  String detach(
      @PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
    articles.detach(id, attachmentId);
    redirect.addFlashAttribute("notice", "articles.detached");
    return "redirect:/articles/" + id + "#attachments";
  }

  @GetMapping("/articles/{id}/attachments/{attachmentId}")
  org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> download(
      @PathVariable long id, @PathVariable long attachmentId) {
    var file = articles.attachmentFile(id, attachmentId);
    return org.springframework.http.ResponseEntity.ok()
        .contentType(
            org.springframework.http.MediaType.parseMediaType(file.getValue().contentType()))
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(file.getValue().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new org.springframework.core.io.FileSystemResource(file.getKey()));
  }

  // --- versions --------------------------------------------------------------------------------

  @GetMapping("/articles/{id}/history")
  String history(@PathVariable long id, Model model) {
    model.addAttribute("article", articles.get(id));
    model.addAttribute("revisions", articles.history(id));
    model.addAttribute("mayEdit", articles.mayEdit(id));
    return "articles/history";
  }

  @GetMapping("/articles/{id}/diff")
  String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
    model.addAttribute("article", articles.get(id));
    model.addAttribute("from", articles.revision(id, from));
    model.addAttribute("to", articles.revision(id, to));
    model.addAttribute("comparison", articles.diff(id, from, to));
    model.addAttribute("mayEdit", articles.mayEdit(id));
    return "articles/diff";
  }

  @PostMapping("/articles/{id}/restore/{number}")
  String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
    ArticleView restored = articles.restore(id, number);
    redirect.addFlashAttribute(
        "notice", restored.pending() ? "articles.savedForReview" : "articles.restored");
    return "redirect:/articles/" + id + "/history";
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ArticleView editable(long id) {
    ArticleView article = articles.get(id);
    if (!articles.mayEdit(id)) {
      rights.requireMember();
      throw new eu.digilabs.hub.shared.problems.Forbidden("not an author of article " + id);
    }
    return article;
  }

  private String form(Model model, ArticleView article, Form form, ArticleView current) {
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

  static ArticleCommand empty(Long lab) {
    return new ArticleCommand(
        null, null, null, "guide", null, lab, List.of(), List.of(), List.of(), List.of(), List.of(),
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
