package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.MethodService;
import eu.digilabs.hub.knowledge.MethodView;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.web.Ui;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The method toolkit by phase, "which method now?", and a method card with related reports. */
@Controller
class MethodController {

  private final MethodService methods;
  private final FailureReportService failures;
  private final ProjectService projects;

  MethodController(MethodService methods, FailureReportService failures, ProjectService projects) {
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
  String card(@PathVariable String code, @ModelAttribute("ui") Ui ui, Model model) {
    MethodView card = methods.get(code, ui.lang());
    model.addAttribute("card", card);
    model.addAttribute("projects", projects.publishedTitles(card.projectIds()));
    model.addAttribute("failures", failures.list(null, card.phase(), 0, 5).getContent());
    return "methods/card";
  }

  /** A whole number from 1 to 100,000, or null. */
  static Integer number(String text) {
    if (text == null || !text.strip().matches("\\d{1,6}")) {
      return null;
    }
    int value = Integer.parseInt(text.strip());
    return value >= 1 && value <= 100_000 ? value : null;
  }
}
