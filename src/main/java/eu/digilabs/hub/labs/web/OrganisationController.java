package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.OrganisationCommand;
import eu.digilabs.hub.labs.OrganisationView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations behind labs and projects; members add them, admins change them (API). */
@Controller
class OrganisationController {

  private final LabService labs;
  private final Forms forms;

  OrganisationController(LabService labs, Forms forms) {
    this.labs = labs;
    this.forms = forms;
  }

  @GetMapping("/organisations")
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    return page(
        model,
        ui,
        request,
        q,
        country,
        type,
        page,
        Form.of(new OrganisationCommand("", "", "", "", null)));
  }

  @PostMapping("/organisations")
  String create(
      @Valid @ModelAttribute("organisation") OrganisationCommand organisation,
      BindingResult result,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        OrganisationView created = labs.createOrganisation(organisation);
        redirect.addFlashAttribute("notice", "organisations.created");
        return "redirect:/organisations?q="
            + URLEncoder.encode(created.name(), StandardCharsets.UTF_8);
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return page(
        model,
        ui,
        request,
        null,
        null,
        null,
        0,
        forms.of(organisation, OrganisationCommand.class, result));
  }

  private String page(
      Model model,
      Ui ui,
      HttpServletRequest request,
      @Nullable String q,
      @Nullable String country,
      @Nullable String type,
      int page,
      Form form) {
    Page<OrganisationView> found =
        labs.organisations(q, country, type, PageRequest.of(Math.max(0, page), 50));
    model.addAttribute("page", found);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("country", country == null ? "" : country);
    model.addAttribute("type", type == null ? "" : type);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("form", form);
    return "labs/organisations";
  }
}
