package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.FailureReportView;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Failure report pages, the lessons-learned overview, and the CSV export and Atom feed; all of them
 * get reports from {@link FailureReportService}, which applies anonymity once.
 */
@Controller
class FailureReportController {

  private final FailureReportService reports;
  private final LabDirectory labs;
  private final AccountService accounts;
  private final Rights rights;
  private final Forms forms;
  private final String baseUrl;

  private final DiscussionReading discussionReading;
  private final ContentTranslations translations;
  private final FailureReportTranslation translatable;

  FailureReportController(
      FailureReportService reports,
      LabDirectory labs,
      AccountService accounts,
      Rights rights,
      Forms forms,
      HubProperties hub,
      DiscussionReading discussionReading,
      ContentTranslations translations,
      FailureReportTranslation translatable) {
    this.discussionReading = discussionReading;
    this.translations = translations;
    this.translatable = translatable;
    this.reports = reports;
    this.labs = labs;
    this.accounts = accounts;
    this.rights = rights;
    this.forms = forms;
    this.baseUrl = hub.baseUrl();
  }

  @GetMapping("/failure-reports")
  String list(
      @RequestParam(required = false) String cause,
      @RequestParam(required = false) String phase,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    Page<FailureReportView> found = reports.list(cause, phase, page, 20);
    model.addAttribute("page", found);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("cause", cause == null ? "" : cause);
    model.addAttribute("phase", phase == null ? "" : phase);
    model.addAttribute("drafts", reports.myDrafts());
    return "failures/list";
  }

  @GetMapping("/lessons-learned")
  String lessons(Model model) {
    model.addAttribute("lessons", reports.lessons());
    model.addAttribute("recent", reports.list(null, null, 0, 5).getContent());
    return "failures/lessons";
  }

  @GetMapping("/failure-reports/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      Model model) {
    FailureReportView report = reports.get(id);
    model.addAttribute("report", report);
    model.addAttribute("translation", translations.panel(translatable.item(report), translate));
    model.addAttribute("labName", reports.labName(report));
    model.addAttribute("projectTitle", reports.projectTitle(report));
    model.addAttribute("serviceName", reports.serviceName(report));
    model.addAttribute("mayEdit", reports.mayEdit(id));
    model.addAttribute(
        "discussion",
        discussionReading.section(
            ItemKeys.of("failure-report", id),
            report.labId() == null ? List.of() : List.of(report.labId())));
    return "failures/detail";
  }

  @GetMapping("/failure-reports.csv")
  ResponseEntity<byte[]> csv() {
    List<List<String>> rows = new ArrayList<>();
    for (FailureReportView r : reports.allPublished()) {
      rows.add(
          List.of(
              Long.toString(r.id()),
              r.title(),
              String.join(" ", r.causes()),
              r.phase() == null ? "" : r.phase(),
              r.anonymous() ? "yes" : "no",
              r.authorName() == null ? "" : r.authorName(),
              r.labId() == null ? "" : String.join("", labs.names(List.of(r.labId())).values()),
              r.tried(),
              r.wentWrong(),
              r.differently() == null ? "" : r.differently(),
              r.lessons() == null ? "" : r.lessons(),
              baseUrl + "/failure-reports/" + r.id()));
    }
    byte[] csv =
        Csv.write(
            List.of(
                "id",
                "title",
                "causes",
                "phase",
                "anonymous",
                "author",
                "lab",
                "tried",
                "went_wrong",
                "differently",
                "lessons",
                "url"),
            rows);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"failure-reports.csv\"")
        .body(csv);
  }

  /** An Atom feed of published reports (authors only where the report is not anonymous). */
  @GetMapping(value = "/failure-reports/feed.atom")
  ResponseEntity<String> feed() {
    List<FailureReportView> all = reports.allPublished();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("<title>Digilabs Hub: failure reports</title>\n")
        .append("<id>")
        .append(xml(baseUrl))
        .append("/failure-reports</id>\n")
        .append("<link rel=\"self\" href=\"")
        .append(xml(baseUrl))
        .append("/failure-reports/feed.atom\"/>\n")
        .append("<updated>")
        .append(all.isEmpty() ? Instant.EPOCH : all.get(0).updatedAt())
        .append("</updated>\n<author><name>Digilabs Hub</name></author>\n");
    for (FailureReportView r : all) {
      xml.append("<entry>\n<title>")
          .append(xml(r.title()))
          .append("</title>\n")
          .append("<id>")
          .append(xml(baseUrl))
          .append("/failure-reports/")
          .append(r.id())
          .append("</id>\n")
          .append("<link href=\"")
          .append(xml(baseUrl))
          .append("/failure-reports/")
          .append(r.id())
          .append("\"/>\n")
          .append("<updated>")
          .append(r.updatedAt())
          .append("</updated>\n");
      if (r.authorName() != null) {
        xml.append("<author><name>").append(xml(r.authorName())).append("</name></author>\n");
      }
      xml.append("<summary>").append(xml(r.wentWrong())).append("</summary>\n</entry>\n");
    }
    xml.append("</feed>\n");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .body(xml.toString());
  }

  static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }

  // --- writing ---------------------------------------------------------------------------------

  @GetMapping("/failure-reports/new")
  String createForm(Model model) {
    rights.requireMember();
    return form(
        model,
        null,
        Form.of(
            new FailureReportCommand(
                "", "", "", List.of(), null, null, null, null, null, null, null, false, null)));
  }

  @PostMapping("/failure-reports")
  String create(
      @Valid @ModelAttribute("command") FailureReportCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    return forms.submit(
        command,
        FailureReportCommand.class,
        result,
        () -> {
          FailureReportView created = reports.create(command);
          redirect.addFlashAttribute("notice", "failures.created");
          return "redirect:/failure-reports/" + created.id();
        },
        form -> form(model, null, form));
  }

  @GetMapping("/failure-reports/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    FailureReportView report = editable(id);
    return form(model, report, Form.of(command(report)));
  }

  @PostMapping("/failure-reports/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") FailureReportCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    FailureReportView report = editable(id);
    return forms.submit(
        command,
        FailureReportCommand.class,
        result,
        () -> {
          reports.update(id, command.version() == null ? -1 : command.version(), command);
          redirect.addFlashAttribute("notice", "failures.saved");
          return "redirect:/failure-reports/" + id;
        },
        form -> form(model, report, form));
  }

  @PostMapping("/failure-reports/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    reports.publish(id, true);
    redirect.addFlashAttribute("notice", "failures.published");
    return "redirect:/failure-reports/" + id;
  }

  @PostMapping("/failure-reports/{id}/unpublish")
  String unpublish(@PathVariable long id, RedirectAttributes redirect) {
    reports.publish(id, false);
    redirect.addFlashAttribute("notice", "failures.unpublished");
    return "redirect:/failure-reports/" + id;
  }

  @PostMapping("/failure-reports/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    reports.delete(id);
    redirect.addFlashAttribute("notice", "failures.deleted");
    return "redirect:/failure-reports";
  }

  private FailureReportView editable(long id) {
    FailureReportView report = reports.get(id);
    if (!reports.mayEdit(id)) {
      rights.requireMember();
      throw new Forbidden("not the author of failure report " + id);
    }
    return report;
  }

  private String form(Model model, @Nullable FailureReportView report, Form form) {
    model.addAttribute("report", report);
    model.addAttribute("form", form);
    Map<String, String> causes = new LinkedHashMap<>();
    FailureReportService.CAUSES.forEach(c -> causes.put(c, forms.message("failures.cause." + c)));
    model.addAttribute("causeOptions", causes);
    Map<String, String> labOptions = new LinkedHashMap<>();
    Map<Long, Boolean> mine = rights.admin() ? null : accounts.labsOf(rights.requireMember());
    labs.all().stream()
        .filter(l -> mine == null || mine.containsKey(l.id()))
        .forEach(l -> labOptions.put(Long.toString(l.id()), l.name()));
    model.addAttribute("labOptions", labOptions);
    return "failures/form";
  }

  static FailureReportCommand command(FailureReportView r) {
    return new FailureReportCommand(
        r.title(),
        r.tried(),
        r.wentWrong(),
        r.causes(),
        r.differently(),
        r.lessons(),
        r.phase(),
        r.projectId(),
        r.labId(),
        r.serviceId(),
        r.language(),
        r.anonymous(),
        r.version());
  }
}
