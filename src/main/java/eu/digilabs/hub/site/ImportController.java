package eu.digilabs.hub.site;

import eu.digilabs.hub.projects.Imports;
import eu.digilabs.hub.shared.problems.NotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page for imports: upload, progress bar, and the report of each run. */
@Controller
class ImportController {

  private final Imports imports;

  ImportController(Imports imports) {
    this.imports = imports;
  }

  @GetMapping("/admin/imports")
  String page(Model model) {
    model.addAttribute("jobs", imports.jobs());
    model.addAttribute(
        "problem", model.containsAttribute("problem") ? model.getAttribute("problem") : "");
    return "admin/imports";
  }

  /** The four CSV files of an OZG catalogue export. */
  @PostMapping("/admin/imports/ozg")
  String ozg(
      @RequestParam(value = "files", required = false) List<MultipartFile> files,
      RedirectAttributes redirect) {
    if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
      redirect.addFlashAttribute("problem", "imports.noFiles");
      return "redirect:/admin/imports";
    }
    Path folder = temporaryFolder();
    for (MultipartFile file : files) {
      String name =
          Path.of(file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename())
              .getFileName()
              .toString();
      save(file, folder.resolve(name));
    }
    String id = imports.start("OZG catalogue", report -> imports.importOzg(folder, report));
    return "redirect:/admin/imports/" + id;
  }

  /** A case collection CSV and, for layouts other than IPSO's, its column mapping. */
  @PostMapping("/admin/imports/cases")
  String cases(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "mapping", required = false) MultipartFile mapping,
      RedirectAttributes redirect) {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("problem", "imports.noFiles");
      return "redirect:/admin/imports";
    }
    Path folder = temporaryFolder();
    String name =
        Path.of(file.getOriginalFilename() == null ? "cases.csv" : file.getOriginalFilename())
            .getFileName()
            .toString();
    Path csv = folder.resolve(name);
    save(file, csv);
    Path mappingFile = null;
    if (mapping != null && !mapping.isEmpty()) {
      mappingFile = folder.resolve("mapping.properties");
      save(mapping, mappingFile);
    }
    Path chosen = mappingFile;
    String id = imports.start(name, report -> imports.importCases(csv, chosen, report));
    return "redirect:/admin/imports/" + id;
  }

  /** A job's progress; htmx asks for the fragment every second while it runs. */
  @GetMapping("/admin/imports/{id}")
  String job(
      @PathVariable String id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("job", imports.job(id).orElseThrow(() -> new NotFound("Import")));
    return htmx != null ? "admin/importProgress" : "admin/importJob";
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("hub-import");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void save(MultipartFile file, Path target) {
    try {
      file.transferTo(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
