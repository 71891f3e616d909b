package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.reuse.UptakeCommands;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.reuse.UptakeView;
import eu.digilabs.hub.web.Forms;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the reuse pipeline on a solution's page: declaring interest, moving an uptake to a
 * stage, a note, and the reuser's choice of what is public. A form with errors is shown again on
 * the solution's page, beside its fields, with what was typed.
 */
@Controller
class UptakeController {

  private final UptakeService uptakes;
  private final SolutionPage page;
  private final Rights rights;
  private final Forms forms;

  UptakeController(UptakeService uptakes, SolutionPage page, Rights rights, Forms forms) {
    this.uptakes = uptakes;
    this.page = page;
    this.rights = rights;
    this.forms = forms;
  }

  @PostMapping("/solutions/{id}/uptakes")
  String declare(
      @PathVariable long id,
      @Valid @ModelAttribute("command") UptakeCommands.Declare form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    return submit(
        id,
        "declare",
        form,
        UptakeCommands.Declare.class,
        result,
        model,
        redirect,
        () -> uptakes.declare(id, form),
        "uptakes.declared");
  }

  @PostMapping("/uptakes/{id}/stage")
  String move(
      @PathVariable long id,
      @Valid @ModelAttribute("command") UptakeCommands.Move form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    return submit(
        uptakes.solutionOf(id),
        "uptake-" + id,
        form,
        UptakeCommands.Move.class,
        result,
        model,
        redirect,
        () -> uptakes.move(id, form),
        "uptakes.moved");
  }

  @PostMapping("/uptakes/{id}/notes")
  String note(
      @PathVariable long id,
      @Valid @ModelAttribute("command") UptakeCommands.Note form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    return submit(
        uptakes.solutionOf(id),
        "uptake-" + id,
        form,
        UptakeCommands.Note.class,
        result,
        model,
        redirect,
        () -> uptakes.note(id, form),
        "uptakes.noted");
  }

  @PostMapping("/uptakes/{id}/visibility")
  String visibility(
      @PathVariable long id,
      @Valid @ModelAttribute("command") UptakeCommands.Visibility form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    return submit(
        uptakes.solutionOf(id),
        "uptake-" + id,
        form,
        UptakeCommands.Visibility.class,
        result,
        model,
        redirect,
        () -> uptakes.visibility(id, form),
        "uptakes.visibilitySaved");
  }

  private <T> String submit(
      long solutionId,
      String name,
      T form,
      Class<T> type,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Supplier<UptakeView> save,
      String notice) {
    return forms.submit(
        form,
        type,
        result,
        () -> {
          UptakeView saved = save.get();
          redirect.addFlashAttribute("notice", notice);
          return "redirect:/solutions/" + solutionId + "#uptake-" + saved.id();
        },
        shown -> page.show(solutionId, model, name, shown));
  }
}
