package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.MethodService;
import eu.digilabs.hub.knowledge.MethodView;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.web.PageMeta;
import eu.digilabs.hub.web.Ui;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The method toolkit by phase, "which method now?", and a method card with related reports. */
@Controller
class MethodController {

  private final MethodService methods;
  private final FailureReportService failures;
  private final ProjectQueries projects;

  private final DiscussionReading discussionReading;
  private final ContentTranslations translations;
  private final MethodCardTranslation translatable;

  private final KnowledgePageMeta pageMeta;

  MethodController(
      MethodService methods,
      FailureReportService failures,
      ProjectQueries projects,
      DiscussionReading discussionReading,
      ContentTranslations translations,
      MethodCardTranslation translatable,
      KnowledgePageMeta pageMeta) {
    this.pageMeta = pageMeta;
    this.discussionReading = discussionReading;
    this.translations = translations;
    this.translatable = translatable;
    this.methods = methods;
    this.failures = failures;
    this.projects = projects;
  }

  @GetMapping("/methods")
  String toolkit(
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String minutes,
      @RequestParam(required = false) String people,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    Integer time = number(minutes);
    Integer group = number(people);
    boolean asked = phase != null && !phase.isBlank() || time != null || group != null;
    model.addAttribute("toolkit", methods.toolkit(ui.lang()));
    model.addAttribute("asked", asked);
    model.addAttribute(
        "found", asked ? methods.find(phase, time, group, ui.lang()) : List.<MethodView>of());
    model.addAttribute("phase", phase == null ? "" : phase);
    model.addAttribute("minutes", minutes == null ? "" : minutes);
    model.addAttribute("people", people == null ? "" : people);
    model.addAttribute(
        "badNumber",
        (minutes != null && !minutes.isBlank() && time == null)
            || (people != null && !people.isBlank() && group == null));
    return "methods/toolkit";
  }

  @GetMapping("/methods/{code}")
  String card(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String translate,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    MethodView card = methods.get(code, ui.lang());
    model.addAttribute("card", card);
    // A translated view describes itself by the page's defaults: its description and data
    // belong to the original, which is the canonical page (and the view is noindex).
    if (PageMeta.forOriginal(translate)) {
      model.addAttribute("meta", pageMeta.method(card));
    }
    model.addAttribute("translation", translations.panel(translatable.item(card), translate));
    model.addAttribute("projects", projects.publishedTitles(card.projectIds()));
    model.addAttribute("failures", failures.list(null, card.phase(), 0, 5).getContent());
    model.addAttribute("templates", methods.templates(code));
    model.addAttribute(
        "discussion", discussionReading.section(ItemKeys.of("method", code), List.of()));
    return "methods/card";
  }

  @PostMapping("/methods/{code}/templates")
  String addTemplate(
      @PathVariable String code,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    try {
      methods.addTemplate(
          code,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("notice", "methods.templateAdded");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0));
    }
    return "redirect:/methods/" + code + "#templates";
  }

  @GetMapping("/methods/{code}/templates/{id}")
  ResponseEntity<Resource> template(@PathVariable String code, @PathVariable long id) {
    var file = methods.templateFile(code, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getValue()[1]))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.getValue()[0], StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(file.getKey()));
  }

  /** Example projects as their numbers, separated by commas or spaces. */
  @PostMapping("/methods/{code}/examples")
  String examples(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String projectIds,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    List<Long> ids = new ArrayList<>();
    for (String part : projectIds.split("[,\\s]+")) {
      if (part.matches("\\d{1,18}")) {
        ids.add(Long.valueOf(part));
      } else if (!part.isBlank()) {
        redirect.addFlashAttribute(
            "problem", new InvalidInput.FieldProblem("projectIds", "validation.unknownId", part));
        return "redirect:/methods/" + code + "#examples";
      }
    }
    try {
      methods.examples(code, ids, ui.lang());
      redirect.addFlashAttribute("notice", "methods.examplesSaved");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0));
    }
    return "redirect:/methods/" + code + "#examples";
  }

  /** A whole number from 1 to 100,000, or null. */
  static @Nullable Integer number(@Nullable String text) {
    if (text == null || !text.strip().matches("\\d{1,6}")) {
      return null;
    }
    int value = Integer.parseInt(text.strip());
    return value >= 1 && value <= 100_000 ? value : null;
  }
}
