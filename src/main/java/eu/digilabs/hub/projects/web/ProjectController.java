package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.projects.ProjectFailures;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectSolutions;
import eu.digilabs.hub.projects.ProjectSummary;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.search.SimilarItems;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.PageMeta;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final ProjectSolutions solutions;

  private final Follows follows;

  private final DiscussionReading discussionReading;
  private final ProjectTranslation translation;

  private final ProjectPageMeta pageMeta;

  ProjectController(
      ProjectService projects,
      ProjectFormOptions options,
      Catalogue catalogue,
      Rights rights,
      Forms forms,
      SimilarItems similarItems,
      ProjectFailures failures,
      ProjectSolutions solutions,
      Follows follows,
      DiscussionReading discussionReading,
      ProjectTranslation translation,
      ProjectPageMeta pageMeta) {
    this.pageMeta = pageMeta;
    this.discussionReading = discussionReading;
    this.translation = translation;
    this.follows = follows;
    this.similarItems = similarItems;
    this.failures = failures;
    this.solutions = solutions;
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
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      Model model) {
    ProjectView project = projects.get(id);
    model.addAttribute("project", project);
    // A translated view describes itself by the page's defaults: its description and data
    // belong to the original, which is the canonical page (and the view is noindex).
    if (PageMeta.forOriginal(translate)) {
      model.addAttribute("meta", pageMeta.of(project));
    }
    model.addAttribute("translation", translation.panel(project, translate));
    model.addAttribute("history", projects.history(id));
    List<Long> labIds = new ArrayList<>(project.partnerLabs().keySet());
    if (project.leadLabId() != null) {
      labIds.add(project.leadLabId());
    }
    model.addAttribute("follow", follows.state(ItemKeys.of("project", id), labIds));
    model.addAttribute("discussion", discussionReading.section(ItemKeys.of("project", id), labIds));
    model.addAttribute("mayEdit", projects.mayEdit(project));
    model.addAttribute("similar", similarItems.toProject(id));
    model.addAttribute("failures", failures.of(id));
    List<ProjectSolutions.Row> named = solutions.of(id);
    model.addAttribute("solutions", named);
    List<ProjectSolutions.Row> before = beforeYouBuild(project.services(), named);
    model.addAttribute("beforeYouBuild", before);
    Set<Long> shown = new HashSet<>();
    named.forEach(r -> shown.add(r.id()));
    before.forEach(r -> shown.add(r.id()));
    model.addAttribute(
        "similarSolutions",
        similarItems.solutionsTo(id).stream().filter(h -> !shown.contains(h.id())).toList());
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
    return forms.submit(
        form,
        ProjectForm.class,
        result,
        () -> {
          ProjectView created = projects.create(form.command());
          redirect.addFlashAttribute("notice", "projects.created");
          return "redirect:/projects/" + created.id();
        },
        shown -> form(model, null, shown, List.of()));
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
    return forms.submit(
        form,
        ProjectForm.class,
        result,
        () -> {
          projects.update(id, form.version() == null ? -1 : form.version(), form.command());
          redirect.addFlashAttribute("notice", "projects.saved");
          return "redirect:/projects/" + id;
        },
        shown -> form(model, project, shown, List.of()));
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

  /**
   * Solutions live elsewhere for the project's services (or entries below them), but those that
   * name the project already.
   */
  private List<ProjectSolutions.Row> beforeYouBuild(
      List<ServiceView> services, List<ProjectSolutions.Row> named) {
    Set<Long> ids = new HashSet<>();
    services.forEach(s -> ids.addAll(catalogue.within(s.id())));
    Set<Long> own = new HashSet<>();
    named.forEach(r -> own.add(r.id()));
    return solutions.liveFor(ids).stream().filter(r -> !own.contains(r.id())).toList();
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
        "beforeYouBuild",
        beforeYouBuild(
            catalogue.find(selectedIds), project == null ? List.of() : solutions.of(project.id())));
    model.addAttribute(
        "servicesSearched", !found.isEmpty() || !form.value("serviceQuery").isEmpty());
    return "projects/form";
  }
}
