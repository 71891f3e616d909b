package eu.digilabs.hub.dashboard.web;

import eu.digilabs.hub.dashboard.Dashboard;
import eu.digilabs.hub.dashboard.DashboardFilter;
import eu.digilabs.hub.dashboard.Figures;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.taxonomy.Labels;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.Ui;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: the figures as charts drawn on the server (SVG with a title and a
 * description, the numbers as a table beside each) and {@code /dashboard/{chart}.csv}: exactly the
 * numbers a chart draws, under the same filters.
 */
@Controller
class DashboardController {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/dashboard")
  String page(
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String policyArea,
      @RequestParam(required = false) @Nullable String state,
      @ModelAttribute("ui") Ui ui,
      @ModelAttribute("labels") Labels labels,
      Model model) {
    DashboardFilter filter = known(country, level, policyArea, state, labels);
    Figures figures = dashboard.figures(filter);
    List<ChartView> charts = new ArrayList<>();
    for (String chart : Dashboard.CHARTS) {
      charts.add(chart(chart, figures, filter, ui, labels));
    }
    model.addAttribute("filter", filter);
    model.addAttribute("figures", figures);
    model.addAttribute("charts", charts);
    model.addAttribute("countries", labels.options(Vocabulary.COUNTRY));
    model.addAttribute("levels", labels.options(Vocabulary.LEVEL));
    model.addAttribute("policyAreas", labels.options(Vocabulary.POLICY_AREA));
    model.addAttribute("states", labels.options(Vocabulary.REGION));
    model.addAttribute("phases", phases(labels, ui));
    return "dashboard/index";
  }

  @GetMapping("/dashboard/{chart}.csv")
  ResponseEntity<String> csv(
      @PathVariable String chart,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String policyArea,
      @RequestParam(required = false) @Nullable String state,
      @ModelAttribute("ui") Ui ui,
      @ModelAttribute("labels") Labels labels) {
    DashboardFilter filter = known(country, level, policyArea, state, labels);
    Figures figures = dashboard.figures(filter);
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
      if ("coverage".equals(chart)) {
        csv.printRecord(
            "themenfeld", "lebenslage", "ozgServices", "offered", "live", "averageStatesLive");
        for (Figures.CoverageRow subject : figures.coverage()) {
          coverage(csv, subject.name(), "", subject);
          for (Figures.CoverageRow situation : subject.situations()) {
            coverage(csv, subject.name(), situation.name(), situation);
          }
        }
      } else if ("failure-cause-phase".equals(chart)) {
        Map<String, String> phases = phases(labels, ui);
        List<String> header = new ArrayList<>(List.of("cause", "label"));
        phases.keySet().forEach(code -> header.add(code.isEmpty() ? "none" : code));
        csv.printRecord(header);
        for (Map.Entry<String, Map<String, Long>> cause :
            figures.failureCauseByPhase().entrySet()) {
          List<Object> record = new ArrayList<>();
          record.add(Csv.spreadsheetSafe(cause.getKey()));
          record.add(Csv.spreadsheetSafe(ui.t("failures.cause." + cause.getKey())));
          phases.keySet().forEach(phase -> record.add(cause.getValue().getOrDefault(phase, 0L)));
          csv.printRecord(record);
        }
      } else if (Dashboard.CHARTS.contains(chart)) {
        csv.printRecord("code", "label", "count");
        for (ChartView.Row row : chart(chart, figures, filter, ui, labels).rows()) {
          csv.printRecord(
              Csv.spreadsheetSafe(row.code()), Csv.spreadsheetSafe(row.label()), row.value());
        }
      } else {
        throw new NotFound("chart " + chart);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(chart + ".csv").build().toString())
        .body(text.toString());
  }

  private static void coverage(
      CSVPrinter csv, String subject, String situation, Figures.CoverageRow row)
      throws IOException {
    csv.printRecord(
        Csv.spreadsheetSafe(subject),
        Csv.spreadsheetSafe(situation),
        row.services(),
        row.offered(),
        row.live(),
        String.format(java.util.Locale.ROOT, "%.2f", row.averageStates()));
  }

  /** The phases of the cross table's columns by code, {@code ""} for reports naming none. */
  static Map<String, String> phases(Labels labels, Ui ui) {
    Map<String, String> phases = new LinkedHashMap<>(labels.options(Vocabulary.PHASE));
    phases.put("", ui.t("dashboard.failures.noPhase"));
    return phases;
  }

  /**
   * The filters with the values the vocabularies know; others are left out, so that an address with
   * made-up values neither fails nor makes the figures be counted for it.
   */
  static DashboardFilter known(
      @Nullable String country,
      @Nullable String level,
      @Nullable String policyArea,
      @Nullable String state,
      Labels labels) {
    return new DashboardFilter(
        known(country, labels.options(Vocabulary.COUNTRY)),
        known(level, labels.options(Vocabulary.LEVEL)),
        known(policyArea, labels.options(Vocabulary.POLICY_AREA)),
        known(state, labels.options(Vocabulary.REGION)));
  }

  private static @Nullable String known(@Nullable String value, Map<String, String> options) {
    return value != null && options.containsKey(value.strip()) ? value.strip() : null;
  }

  static ChartView chart(
      String chart, Figures figures, DashboardFilter filter, Ui ui, Labels labels) {
    List<ChartView.Row> rows = new ArrayList<>();
    String query = filter.query();
    String and = query.isEmpty() ? "?" : query + "&";
    for (Map.Entry<String, Long> count : figures.counts().get(chart).entrySet()) {
      String code = count.getKey();
      String label;
      String href;
      switch (chart) {
        case "project-status" -> {
          label = labels.of(Vocabulary.STATUS, code);
          href = "/projects" + and + "status=" + code;
        }
        case "project-technology" -> {
          label = labels.of(Vocabulary.TECHNOLOGY, code);
          href = "/projects" + and + "technology=" + code;
        }
        case "project-country" -> {
          label = labels.of(Vocabulary.COUNTRY, code);
          href = "/projects" + (filter.country() != null ? query : and + "country=" + code);
        }
        case "lab-country" -> {
          label = labels.of(Vocabulary.COUNTRY, code);
          href = "/labs?country=" + code;
        }
        case "lab-activity" -> {
          label = ui.t("dashboard.activity." + code);
          href = null;
        }
        case "failure-cause" -> {
          label = ui.t("failures.cause." + code);
          href = "/failure-reports?cause=" + code;
        }
        case "failure-phase" -> {
          label = labels.of(Vocabulary.PHASE, code);
          href = "/failure-reports?phase=" + code;
        }
        default -> {
          label = code;
          href = null;
        }
      }
      rows.add(new ChartView.Row(code, label, count.getValue(), href));
    }
    return new ChartView(chart, rows, "/dashboard/" + chart + ".csv" + query);
  }
}
