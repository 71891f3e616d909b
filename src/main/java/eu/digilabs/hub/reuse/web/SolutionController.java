package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.reuse.SolutionEditing;
import eu.digilabs.hub.reuse.SolutionFilter;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.SolutionSummary;
import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
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
import java.util.stream.Stream;
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

/** Solution pages: the marketplace with filters, a solution, and the provider's forms. */
@Controller
class SolutionController {

  private final SolutionService solutions;
  private final SolutionEditing editing;
  private final SolutionPage page;
  private final SolutionFormOptions options;
  private final Catalogue catalogue;
  private final Rights rights;
  private final Forms forms;

  private final Follows follows;
  private final ServiceWork serviceWork;

  SolutionController(
      SolutionService solutions,
      SolutionEditing editing,
      SolutionPage page,
      SolutionFormOptions options,
      Catalogue catalogue,
      Rights rights,
      Forms forms,
      Follows follows,
      ServiceWork serviceWork) {
    this.follows = follows;
    this.serviceWork = serviceWork;
    this.solutions = solutions;
    this.editing = editing;
    this.page = page;
    this.options = options;
    this.catalogue = catalogue;
    this.rights = rights;
    this.forms = forms;
  }

  @GetMapping("/solutions")
  String list(
      SolutionFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    Page<SolutionSummary> found = solutions.list(filter, page, 20);
    model.addAttribute("page", found);
    model.addAttribute("filter", filter);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("kindOptions", options.kinds());
    model.addAttribute("operatingModelOptions", options.operatingModels());
    model.addAttribute("statusOptions", options.statuses());
    model.addAttribute("maturityOptions", options.maturities());
    model.addAttribute("licenceOptions", options.licences());
    Long service = filter.service();
    model.addAttribute(
        "selectedService", service == null ? List.of() : catalogue.find(List.of(service)));
    return "solutions/list";
  }

  @GetMapping("/solutions/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      Model model) {
    return page.show(id, model, null, null, translate);
  }

  /** Every solution for one public service side by side: what a lab reads before it builds. */
  @GetMapping("/services/{serviceId}/solutions")
  String compare(@PathVariable long serviceId, Model model) {
    model.addAttribute("comparison", solutions.comparison(serviceId));
    model.addAttribute("follow", follows.state(ItemKeys.of("service", serviceId), List.of()));
    model.addAttribute("work", serviceWork.of(serviceId));
    return "solutions/compare";
  }

  @GetMapping("/solutions/new")
  String createForm(@RequestParam(required = false) @Nullable Long lab, Model model) {
    rights.requireMember();
    return form(model, null, Form.of(SolutionForm.empty(lab)), List.of());
  }

  @PostMapping("/solutions")
  String create(
      @Valid @ModelAttribute("command") SolutionForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    if ("findServices".equals(action)) {
      Form shown = forms.of(form, SolutionForm.class, result);
      return form(model, null, shown, catalogue.search(shown.value("serviceQuery"), 30));
    }
    return forms.submit(
        form,
        SolutionForm.class,
        result,
        () -> {
          SolutionView created = editing.create(form.command());
          redirect.addFlashAttribute("notice", "solutions.created");
          return "redirect:/solutions/" + created.id();
        },
        shown -> form(model, null, shown, List.of()));
  }

  @GetMapping("/solutions/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    SolutionView solution = editable(id);
    return form(model, solution, Form.of(SolutionForm.of(solution.command())), List.of());
  }

  @PostMapping("/solutions/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") SolutionForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    SolutionView solution = editable(id);
    if ("findServices".equals(action)) {
      Form shown = forms.of(form, SolutionForm.class, result);
      return form(model, solution, shown, catalogue.search(shown.value("serviceQuery"), 30));
    }
    return forms.submit(
        form,
        SolutionForm.class,
        result,
        () -> {
          editing.update(id, form.version() == null ? -1 : form.version(), form.command());
          redirect.addFlashAttribute("notice", "solutions.saved");
          return "redirect:/solutions/" + id;
        },
        shown -> form(model, solution, shown, List.of()));
  }

  @PostMapping("/solutions/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    editing.publish(id);
    redirect.addFlashAttribute("notice", "solutions.published");
    return "redirect:/solutions/" + id;
  }

  @PostMapping("/solutions/{id}/unpublish")
  String unpublish(@PathVariable long id, RedirectAttributes redirect) {
    editing.unpublish(id);
    redirect.addFlashAttribute("notice", "solutions.unpublished");
    return "redirect:/solutions/" + id;
  }

  @PostMapping("/solutions/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      editing.delete(id);
    } catch (Conflict e) {
      redirect.addFlashAttribute("notice", "solutions.deleteTakenUp");
      return "redirect:/solutions/" + id;
    }
    redirect.addFlashAttribute("notice", "solutions.deleted");
    return "redirect:/solutions";
  }

  /** The solution, for a person who may edit it (visitors are asked to sign in, others 403). */
  private SolutionView editable(long id) {
    SolutionView solution = solutions.get(id);
    if (!solutions.mayEdit(solution)) {
      rights.requireMember();
      throw new Forbidden("not an editor of the provider");
    }
    return solution;
  }

  private String form(
      Model model, @Nullable SolutionView solution, Form form, List<ServiceView> found) {
    model.addAttribute("solution", solution);
    model.addAttribute("form", form);
    model.addAttribute("providerLabOptions", options.providerLabs(form.value("providerLabId")));
    model.addAttribute("organisationOptions", options.organisations());
    model.addAttribute("kindOptions", options.kinds());
    model.addAttribute("operatingModelOptions", options.operatingModels());
    model.addAttribute("statusOptions", options.statuses());
    model.addAttribute("readinessOptions", options.readiness());
    model.addAttribute("maturityOptions", options.maturities());
    List<Long> chosenProjects =
        ids(form.values("builtByProjectIds"), form.values("usedByProjectIds"));
    String lab = form.value("providerLabId");
    model.addAttribute(
        "projectOptions",
        options.projects(lab.matches("\\d{1,18}") ? Long.valueOf(lab) : null, chosenProjects));
    Map<String, String> services = new LinkedHashMap<>();
    catalogue
        .find(ids(form.values("serviceIds"), List.of()))
        .forEach(s -> services.put(Long.toString(s.id()), s.display()));
    found.forEach(s -> services.putIfAbsent(Long.toString(s.id()), s.display()));
    model.addAttribute("serviceOptions", services);
    model.addAttribute(
        "servicesSearched", !found.isEmpty() || !form.value("serviceQuery").isEmpty());
    return "solutions/form";
  }

  private static List<Long> ids(List<String> some, List<String> more) {
    return Stream.concat(some.stream(), more.stream())
        .filter(v -> v.matches("\\d{1,18}"))
        .map(Long::valueOf)
        .toList();
  }
}
