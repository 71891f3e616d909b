package eu.digilabs.hub.events.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.EventWriting;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The event form (new and edit) and the event's steps: publish, cancel, delete. */
@Controller
class EventFormController {

  private final ManagedEvents managed;
  private final EventWriting writing;
  private final LabDirectory labs;
  private final AccountService accounts;
  private final Rights rights;
  private final Forms forms;

  EventFormController(
      ManagedEvents managed,
      EventWriting writing,
      LabDirectory labs,
      AccountService accounts,
      Rights rights,
      Forms forms) {
    this.managed = managed;
    this.writing = writing;
    this.labs = labs;
    this.accounts = accounts;
    this.rights = rights;
    this.forms = forms;
  }

  @GetMapping("/events/new")
  String createForm(@RequestParam(required = false) @Nullable Long lab, Model model) {
    rights.requireMember();
    return form(model, null, Form.of(EventForms.empty(lab)));
  }

  @PostMapping("/events")
  String create(
      @Valid @ModelAttribute("command") EventCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    if (!result.hasErrors()) {
      try {
        EventView created = writing.create(command);
        redirect.addFlashAttribute("notice", "events.created");
        return "redirect:/events/" + created.id() + "/manage";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return form(model, null, forms.of(command, EventCommand.class, result));
  }

  @GetMapping("/events/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    EventView event = managed.managed(id);
    return form(model, event, Form.of(EventForms.command(event)));
  }

  @PostMapping("/events/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") EventCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    EventView event = managed.managed(id);
    if (!result.hasErrors()) {
      try {
        writing.update(id, command.version() == null ? -1 : command.version(), command);
        redirect.addFlashAttribute("notice", "events.saved");
        return "redirect:/events/" + id + "/manage";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict e) {
        result.reject("form.conflict");
      }
    }
    return form(model, event, forms.of(command, EventCommand.class, result));
  }

  @PostMapping("/events/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    try {
      writing.publish(id);
      redirect.addFlashAttribute("notice", "events.publishedNotice");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
    }
    return "redirect:/events/" + id + "/manage";
  }

  @PostMapping("/events/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    writing.cancel(id);
    redirect.addFlashAttribute("notice", "events.cancelledNotice");
    return "redirect:/events/" + id;
  }

  @PostMapping("/events/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      writing.delete(id);
      redirect.addFlashAttribute("notice", "events.deleted");
      return "redirect:/events";
    } catch (Conflict e) {
      redirect.addFlashAttribute("problem", "events.error.deleteRegistered");
      return "redirect:/events/" + id + "/manage";
    }
  }

  private String form(Model model, @Nullable EventView event, Form form) {
    model.addAttribute("event", event);
    model.addAttribute("form", form);
    model.addAttribute("labOptions", labOptions(form.values("labIds")));
    model.addAttribute("zoneOptions", EventForms.zones());
    return "events/form";
  }

  /** Labs the person edits (admins: all), plus the ones already chosen. */
  private Map<String, String> labOptions(List<String> chosen) {
    Map<Long, Boolean> mine = rights.admin() ? null : accounts.labsOf(rights.requireMember());
    Map<String, String> options = new LinkedHashMap<>();
    labs.all().stream()
        .filter(
            l ->
                mine == null
                    || Boolean.TRUE.equals(mine.get(l.id()))
                    || chosen.contains(Long.toString(l.id())))
        .forEach(l -> options.put(Long.toString(l.id()), l.name()));
    return options;
  }
}
