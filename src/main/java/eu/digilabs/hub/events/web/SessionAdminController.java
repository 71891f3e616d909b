package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.ProgrammeService;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.events.SpeakerService;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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

/** The organisers' session pages: the session form (new and edit), deleting, materials. */
@Controller
class SessionAdminController {

  private final ManagedEvents managed;
  private final EventService events;
  private final ProgrammeService programme;
  private final SpeakerService speakers;
  private final Forms forms;

  SessionAdminController(
      ManagedEvents managed,
      EventService events,
      ProgrammeService programme,
      SpeakerService speakers,
      Forms forms) {
    this.managed = managed;
    this.events = events;
    this.programme = programme;
    this.speakers = speakers;
    this.forms = forms;
  }

  @GetMapping("/events/{id}/sessions/new")
  String newSession(@PathVariable long id, Model model) {
    EventView event = managed.managed(id);
    return sessionForm(model, event, null, Form.of(EventForms.emptySession(event)));
  }

  @PostMapping("/events/{id}/sessions")
  String addSession(
      @PathVariable long id,
      @Valid @ModelAttribute("command") SessionCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    EventView event = managed.managed(id);
    if (!result.hasErrors()) {
      try {
        programme.addSession(id, command);
        redirect.addFlashAttribute("notice", "events.sessionSaved");
        return "redirect:/events/" + id + "/manage#programme";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return sessionForm(model, event, null, forms.of(command, SessionCommand.class, result));
  }

  @GetMapping("/sessions/{sessionId}/edit")
  String editSession(@PathVariable long sessionId, Model model) {
    SessionView session = events.session(sessionId);
    EventView event = managed.managed(session.eventId());
    return sessionForm(model, event, session, Form.of(EventForms.command(session)));
  }

  @PostMapping("/sessions/{sessionId}")
  String updateSession(
      @PathVariable long sessionId,
      @Valid @ModelAttribute("command") SessionCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    SessionView session = events.session(sessionId);
    EventView event = managed.managed(session.eventId());
    if (!result.hasErrors()) {
      try {
        programme.updateSession(
            sessionId, command.version() == null ? -1 : command.version(), command);
        redirect.addFlashAttribute("notice", "events.sessionSaved");
        return "redirect:/events/" + event.id() + "/manage#programme";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict e) {
        result.reject("form.conflict");
      }
    }
    return sessionForm(model, event, session, forms.of(command, SessionCommand.class, result));
  }

  @PostMapping("/sessions/{sessionId}/delete")
  String deleteSession(@PathVariable long sessionId, RedirectAttributes redirect) {
    SessionView session = events.session(sessionId);
    programme.deleteSession(sessionId);
    redirect.addFlashAttribute("notice", "events.sessionDeleted");
    return "redirect:/events/" + session.eventId() + "/manage#programme";
  }

  /** Materials as lines {@code kind | title | url}. */
  @PostMapping("/sessions/{sessionId}/materials")
  String materials(
      @PathVariable long sessionId,
      @RequestParam(defaultValue = "") String materials,
      RedirectAttributes redirect) {
    events.session(sessionId);
    try {
      programme.materials(sessionId, MaterialLines.parse(materials));
      redirect.addFlashAttribute("notice", "events.materialsSaved");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
      redirect.addFlashAttribute("materialsText", materials);
    }
    return "redirect:/sessions/" + sessionId + "#materials";
  }

  private String sessionForm(
      Model model, EventView event, @Nullable SessionView session, Form form) {
    model.addAttribute("event", event);
    model.addAttribute("session", session);
    model.addAttribute("form", form);
    Map<String, String> options = new LinkedHashMap<>();
    speakers.speakers(event.id()).forEach(s -> options.put(Long.toString(s.id()), s.name()));
    model.addAttribute("speakerOptions", options);
    model.addAttribute("rooms", events.rooms(event.id()));
    return "events/sessionForm";
  }
}
