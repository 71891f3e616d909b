package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.reuse.Finding;
import eu.digilabs.hub.reuse.PubliccodeExport;
import eu.digilabs.hub.reuse.PubliccodeImport;
import eu.digilabs.hub.reuse.PubliccodeImport.AlreadyImported;
import eu.digilabs.hub.reuse.PubliccodeImport.ImportResult;
import eu.digilabs.hub.reuse.PubliccodeImport.Rejected;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Languages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * publiccode.yml on the pages: the import form (paste or upload a file, choose the provider lab),
 * which on errors comes back with the report by line and the text kept, and a solution's file.
 */
@Controller
class PubliccodeController {

  /** Warnings shown with the new draft; the rest are counted. */
  static final int WARNINGS_SHOWN = 50;

  /** The media type of the file: YAML, UTF-8. */
  static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

  private final PubliccodeImport imports;
  private final PubliccodeExport exports;
  private final SolutionFormOptions options;
  private final Rights rights;
  private final Forms forms;
  private final MessageSource messages;
  private final DataSize limit;

  PubliccodeController(
      PubliccodeImport imports,
      PubliccodeExport exports,
      SolutionFormOptions options,
      Rights rights,
      Forms forms,
      MessageSource messages,
      @Value("${hub.request-limits.body:1MB}") DataSize limit) {
    this.imports = imports;
    this.exports = exports;
    this.options = options;
    this.rights = rights;
    this.forms = forms;
    this.messages = messages;
    this.limit = limit;
  }

  /** What the form shows: the text and the lab chosen. */
  record PubliccodeForm(@Nullable String text, @Nullable String labId) {}

  @GetMapping("/solutions/import")
  String form(@RequestParam(required = false) @Nullable Long lab, Model model) {
    rights.requireMember();
    return page(
        model, Form.of(new PubliccodeForm("", lab == null ? "" : lab.toString())), List.of());
  }

  @PostMapping("/solutions/import")
  String importFile(
      @RequestParam(required = false) @Nullable String text,
      @RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String labId,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    PubliccodeForm form = new PubliccodeForm(text, labId);
    BindingResult result = new MapBindingResult(new HashMap<>(), "command");
    List<FileProblem> report = new ArrayList<>();
    String yaml = text;
    if (file != null && !file.isEmpty()) {
      yaml = file.getSize() > limit.toBytes() ? null : PubliccodeApi.text(file);
      if (yaml == null) {
        reject(
            result,
            "file",
            file.getSize() > limit.toBytes()
                ? "publiccode.import.tooLarge"
                : "publiccode.import.notUtf8",
            limit.toKilobytes());
      } else {
        form = new PubliccodeForm(yaml, labId);
      }
    }
    if ((file == null || file.isEmpty())
        && text != null
        && text.getBytes(StandardCharsets.UTF_8).length > limit.toBytes()) {
      // Pasted text has the file's limit too; a text this long is not shown again.
      yaml = null;
      form = new PubliccodeForm("", labId);
      reject(result, "text", "publiccode.import.textTooLarge", limit.toKilobytes());
    }
    Long lab = labId != null && labId.matches("\\d{1,18}") ? Long.valueOf(labId) : null;
    if (!result.hasErrors() && (yaml == null || yaml.isBlank())) {
      reject(result, "text", "publiccode.import.noInput");
    }
    if (!result.hasErrors() && yaml != null) {
      try {
        ImportResult imported = imports.importFile(yaml, lab);
        redirect.addFlashAttribute("notice", "publiccode.imported");
        redirect.addFlashAttribute("importWarnings", warnings(imported.warnings()));
        return "redirect:/solutions/" + imported.solution().id();
      } catch (Rejected e) {
        e.findings().forEach(f -> report.add(new FileProblem(f.line(), f.path(), message(f))));
        reject(result, "text", "publiccode.import.failed", report.size());
      } catch (InvalidInput e) {
        for (FieldProblem p : e.problems()) {
          String message = forms.message(p.code(), p.args());
          if (p.field().equals("labId") || p.field().equals("providerLabId")) {
            reject(result, "labId", p.code(), p.args());
          } else {
            report.add(new FileProblem(0, p.field(), message));
          }
        }
        if (!report.isEmpty()) {
          reject(result, "text", "publiccode.import.failed", report.size());
        }
      } catch (AlreadyImported e) {
        reject(result, "text", "publiccode.import.conflict", String.valueOf(e.solutionId()));
      }
    }
    return page(model, forms.of(form, result), report);
  }

  /** The solution as a publiccode.yml file; a draft the viewer may not see is not found. */
  @GetMapping("/solutions/{id}/publiccode.yml")
  ResponseEntity<String> export(@PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(YAML)
        .header(
            "Content-Disposition",
            ContentDisposition.inline().filename("publiccode.yml").build().toString())
        .body(exports.export(id));
  }

  private String page(Model model, Form form, List<FileProblem> report) {
    model.addAttribute("form", form);
    model.addAttribute("report", report);
    model.addAttribute("labOptions", options.providerLabs(form.value("labId")));
    model.addAttribute("admin", rights.admin());
    return "solutions/import";
  }

  private List<String> warnings(List<Finding> warnings) {
    List<String> shown = new ArrayList<>();
    warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> shown.add(message(w)));
    if (warnings.size() > WARNINGS_SHOWN) {
      shown.add(
          messages.getMessage(
              "publiccode.import.moreWarnings",
              new Object[] {warnings.size() - WARNINGS_SHOWN},
              locale()));
    }
    return shown;
  }

  private String message(Finding finding) {
    return messages.getMessage(finding, locale());
  }

  private static void reject(BindingResult result, String field, String code, Object... args) {
    result.addError(
        new FieldError(
            result.getObjectName(), field, null, false, new String[] {code}, args, code));
  }

  private static Locale locale() {
    return Languages.supported(LocaleContextHolder.getLocale());
  }
}
