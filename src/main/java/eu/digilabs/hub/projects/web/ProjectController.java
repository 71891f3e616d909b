package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.projects.ProjectFailures;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectSummary;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.search.SimilarItems;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

/** Project pages: the library with filters, a project with its history, and the forms. */
@Controller
class ProjectController {

  private final ProjectService projects;
  private final ProjectFormOptions options;
  private final Catalogue catalogue;
  private final Rights rights;
  private final Forms forms;

  private final SimilarItems similarItems;
  private final ProjectFailures failures;

  ProjectController(
      ProjectService projects,
      ProjectFormOptions options,
      Catalogue catalogue,
      Rights rights,
      Forms forms,
      SimilarItems similarItems,
      ProjectFailures failures) {
    this.similarItems = similarItems;
    this.failures = failures;
    this.projects = projects;
    this.options = options;
    this.catalogue = catalogue;
    this.rights = rights;
    this.forms = forms;
  }

  @GetMapping("/projects")
  String list(
      ProjectFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    Page<ProjectSummary> found = projects.list(filter, page, 20);
    model.addAttribute("page", found);
    model.addAttribute("filter", filter);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("subjects", catalogue.subjects());
    model.addAttribute("labOptions", options.labs());
    Long service = filter.service();
    model.addAttribute(
        "selectedService", service == null ? List.of() : catalogue.find(List.of(service)));
    return "projects/list";
  }

  @GetMapping("/projects/{id}")
  String detail(@PathVariable long id, Model model) {
    ProjectView project = projects.get(id);
    model.addAttribute("project", project);
    model.addAttribute("history", projects.history(id));
    model.addAttribute("mayEdit", projects.mayEdit(project));
    model.addAttribute("similar", similarItems.toProject(id));
    model.addAttribute("failures", failures.of(id));
    return "projects/detail";
  }

  @GetMapping("/projects/new")
  String createForm(@RequestParam(required = false) @Nullable Long lab, Model model) {
    rights.requireMember();
    return form(model, null, Form.of(ProjectForm.empty(lab)), List.of());
  }

  @PostMapping("/projects")
  String create(
      @Valid @ModelAttribute("command") ProjectForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    if ("findServices".equals(action)) {
      Form shown = forms.of(form, ProjectForm.class, result);
      return form(model, null, shown, catalogue.search(shown.value("serviceQuery"), 30));
    }
    if (!result.hasErrors()) {
      try {
        ProjectView created = projects.create(form.command());
        redirect.addFlashAttribute("notice", "projects.created");
        return "redirect:/projects/" + created.id();
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return form(model, null, forms.of(form, ProjectForm.class, result), List.of());
  }

  @GetMapping("/projects/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    ProjectView project = projects.get(id);
    if (!projects.mayEdit(project)) {
      rights.requireEditorOf(project.leadLabId());
    }
    return form(model, project, Form.of(ProjectForm.of(project)), List.of());
  }

  @PostMapping("/projects/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") ProjectForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    ProjectView project = projects.get(id);
    if (!projects.mayEdit(project)) {
      rights.requireEditorOf(project.leadLabId());
    }
    if ("findServices".equals(action)) {
      Form shown = forms.of(form, ProjectForm.class, result);
      return form(model, project, shown, catalogue.search(shown.value("serviceQuery"), 30));
    }
    if (!result.hasErrors()) {
      try {
        projects.update(id, form.version() == null ? -1 : form.version(), form.command());
        redirect.addFlashAttribute("notice", "projects.saved");
        return "redirect:/projects/" + id;
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict e) {
        result.reject("form.conflict");
      }
    }
    return form(model, project, forms.of(form, ProjectForm.class, result), List.of());
  }

  @PostMapping("/projects/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    projects.publish(id);
    redirect.addFlashAttribute("notice", "projects.published");
    return "redirect:/projects/" + id;
  }

  @PostMapping("/projects/{id}/unpublish")
  String unpublish(@PathVariable long id, RedirectAttributes redirect) {
    projects.unpublish(id);
    redirect.addFlashAttribute("notice", "projects.unpublished");
    return "redirect:/projects/" + id;
  }

  @PostMapping("/projects/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    projects.delete(id);
    redirect.addFlashAttribute("notice", "projects.deleted");
    return "redirect:/projects";
  }

  private String form(
      Model model, @Nullable ProjectView project, Form form, List<ServiceView> found) {
    model.addAttribute("project", project);
    model.addAttribute("form", form);
    model.addAttribute("labOptions", options.labs());
    model.addAttribute("leadLabOptions", options.leadLabs(form.value("leadLabId")));
    model.addAttribute("organisationOptions", options.organisations());
    List<Long> selectedIds =
        form.values("serviceIds").stream()
            .filter(v -> v.matches("\\d+"))
            .map(Long::valueOf)
            .toList();
    Map<String, String> services = new LinkedHashMap<>();
    catalogue.find(selectedIds).forEach(s -> services.put(Long.toString(s.id()), s.display()));
    found.forEach(s -> services.putIfAbsent(Long.toString(s.id()), s.display()));
    model.addAttribute("serviceOptions", services);
    model.addAttribute(
        "servicesSearched", !found.isEmpty() || !form.value("serviceQuery").isEmpty());
    return "projects/form";
  }
}
