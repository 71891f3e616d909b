package eu.digilabs.hub.site;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.projects.Imports;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.projects.ReferenceData;
import eu.digilabs.hub.shared.startup.StartupTasks;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the country overview. */
@Controller
class HomeController {

  private final ProjectQueries projects;
  private final LabDirectory labs;
  private final ReferenceData referenceData;
  private final StartupTasks startup;

  HomeController(
      ProjectQueries projects,
      LabDirectory labs,
      ReferenceData referenceData,
      StartupTasks startup) {
    this.projects = projects;
    this.labs = labs;
    this.referenceData = referenceData;
    this.startup = startup;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("recent", projects.list(ProjectFilter.none(), 0, 6).getContent());
    var labPage =
        labs.list(
            LabFilter.none(), PageRequest.of(0, 6, Sort.by(Sort.Direction.DESC, "lastActivity")));
    model.addAttribute("labs", labPage.getContent());
    model.addAttribute("labCount", labPage.getTotalElements());
    model.addAttribute("projectCount", projects.publishedCount());
    model.addAttribute("countryCount", projects.publishedByCountry().size());
    model.addAttribute("settingUp", startup.settingUp());
    model.addAttribute(
        "referenceImport", referenceData.running().map(Imports.Job::report).orElse(null));
    return "home";
  }

  /** Labs and published projects per country: a table, with bars drawn in CSS. */
  @GetMapping("/countries")
  String countries(Model model) {
    Map<String, Long> labCounts = labs.activeLabsByCountry();
    Map<String, Long> projectCounts = projects.publishedByCountry();
    TreeSet<String> codes = new TreeSet<>(labCounts.keySet());
    codes.addAll(projectCounts.keySet());
    Map<String, long[]> rows = new LinkedHashMap<>();
    codes.stream()
        .sorted(
            Comparator.comparing(
                (String c) -> -projectCounts.getOrDefault(c, 0L) - labCounts.getOrDefault(c, 0L)))
        .forEach(
            c ->
                rows.put(
                    c,
                    new long[] {labCounts.getOrDefault(c, 0L), projectCounts.getOrDefault(c, 0L)}));
    long max = rows.values().stream().mapToLong(r -> Math.max(r[0], r[1])).max().orElse(1);
    model.addAttribute("rows", rows);
    model.addAttribute("max", Math.max(1, max));
    return "countries";
  }
}
