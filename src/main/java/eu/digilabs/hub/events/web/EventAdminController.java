package eu.digilabs.hub.events.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.events.AgendaService;
import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.RegistrationService;
import eu.digilabs.hub.events.RegistrationView;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.events.SpeakerView;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Ui;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' side: writing events, the programme (sessions, rooms, speakers, materials),
 * calendar import, registrations with check-in, CSV export and messages, and session feedback.
 */
@Controller
class EventAdminController {

  private final EventService events;
  private final RegistrationService registrations;
  private final AgendaService agenda;
  private final LabDirectory labs;
  private final AccountService accounts;
  private final Rights rights;
  private final Forms forms;

  EventAdminController(
      EventService events,
      RegistrationService registrations,
      AgendaService agenda,
      LabDirectory labs,
      AccountService accounts,
      Rights rights,
      Forms forms) {
    this.events = events;
    this.registrations = registrations;
    this.agenda = agenda;
    this.labs = labs;
    this.accounts = accounts;
    this.rights = rights;
    this.forms = forms;
  }

  // --- the event -------------------------------------------------------------------------------

  @GetMapping("/events/new")
  String createForm(@RequestParam(required = false) Long lab, Model model) {
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
        EventView created = events.create(command);
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
    EventView event = managed(id);
    return form(model, event, Form.of(EventForms.command(event)));
  }

  @PostMapping("/events/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") EventCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    EventView event = managed(id);
    if (!result.hasErrors()) {
      try {
        events.update(id, command.version() == null ? -1 : command.version(), command);
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
      events.publish(id);
      redirect.addFlashAttribute("notice", "events.publishedNotice");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
    }
    return "redirect:/events/" + id + "/manage";
  }

  @PostMapping("/events/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    registrations.cancelEvent(id);
    redirect.addFlashAttribute("notice", "events.cancelledNotice");
    return "redirect:/events/" + id;
  }

  @PostMapping("/events/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      events.delete(id);
      redirect.addFlashAttribute("notice", "events.deleted");
      return "redirect:/events";
    } catch (Conflict e) {
      redirect.addFlashAttribute("problem", "events.error.deleteRegistered");
      return "redirect:/events/" + id + "/manage";
    }
  }

  @PostMapping("/events/{id}/organisers")
  String addOrganiser(
      @PathVariable long id,
      @RequestParam(required = false) String email,
      RedirectAttributes redirect) {
    try {
      events.addOrganiser(id, email);
      redirect.addFlashAttribute("notice", "events.organiserAdded");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
    }
    return "redirect:/events/" + id + "/manage#organisers";
  }

  @PostMapping("/events/{id}/organisers/{accountId}/remove")
  String removeOrganiser(
      @PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
    events.removeOrganiser(id, accountId);
    redirect.addFlashAttribute("notice", "events.organiserRemoved");
    return "redirect:/events/" + id + "/manage#organisers";
  }

  @GetMapping("/events/{id}/manage")
  String manage(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
    EventView event = managed(id);
    model.addAttribute("event", event);
    model.addAttribute("clock", EventController.clock(event, null, ui));
    model.addAttribute("programme", events.programme(id));
    model.addAttribute("speakers", events.speakers(id));
    model.addAttribute("organisers", events.organisers(id));
    model.addAttribute("mayRemoveOrganisers", events.mayRemoveOrganisers(id));
    model.addAttribute("feedback", agenda.feedbackOf(id));
    model.addAttribute("taken", registrations.taken(id));
    model.addAttribute("report", null);
    return "events/manage";
  }

  @PostMapping("/events/{id}/import")
  String importCalendar(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @ModelAttribute("ui") Ui ui,
      Model model)
      throws IOException {
    managed(id);
    if (file == null || file.isEmpty()) {
      model.addAttribute("importError", "events.import.noFile");
      manage(id, ui, model);
      model.addAttribute("importError", "events.import.noFile");
      return "events/manage";
    }
    ImportReport report =
        events.importProgramme(
            id,
            file.getBytes(),
            file.getOriginalFilename() == null ? "calendar.ics" : file.getOriginalFilename(),
            ui.locale());
    manage(id, ui, model);
    model.addAttribute("report", report);
    return "events/manage";
  }

  // --- sessions --------------------------------------------------------------------------------

  @GetMapping("/events/{id}/sessions/new")
  String newSession(@PathVariable long id, Model model) {
    EventView event = managed(id);
    return sessionForm(model, event, null, Form.of(EventForms.emptySession(event)));
  }

  @PostMapping("/events/{id}/sessions")
  String addSession(
      @PathVariable long id,
      @Valid @ModelAttribute("command") SessionCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    EventView event = managed(id);
    if (!result.hasErrors()) {
      try {
        events.addSession(id, command);
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
    EventView event = managed(session.eventId());
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
    EventView event = managed(session.eventId());
    if (!result.hasErrors()) {
      try {
        events.updateSession(
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
    events.deleteSession(sessionId);
    redirect.addFlashAttribute("notice", "events.sessionDeleted");
    return "redirect:/events/" + session.eventId() + "/manage#programme";
  }

  /** Materials as lines {@code kind | title | url}. */
  @PostMapping("/sessions/{sessionId}/materials")
  String materials(
      @PathVariable long sessionId,
      @RequestParam(defaultValue = "") String materials,
      RedirectAttributes redirect) {
    SessionView session = events.session(sessionId);
    List<SessionView.MaterialView> parsed = new ArrayList<>();
    for (String line : materials.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      parsed.add(
          parts.length == 3
              ? new SessionView.MaterialView(
                  parts[0].strip().toLowerCase(java.util.Locale.ROOT),
                  parts[1].strip(),
                  parts[2].strip())
              : new SessionView.MaterialView("link", null, line.strip()));
    }
    try {
      events.materials(sessionId, parsed);
      redirect.addFlashAttribute("notice", "events.materialsSaved");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
      redirect.addFlashAttribute("materialsText", materials);
    }
    return "redirect:/sessions/" + sessionId + "#materials";
  }

  // --- speakers --------------------------------------------------------------------------------

  @GetMapping("/events/{id}/speakers/new")
  String newSpeaker(@PathVariable long id, Model model) {
    EventView event = managed(id);
    return speakerForm(
        model, event, null, Form.of(new SpeakerCommand(null, null, null, null, null, null)));
  }

  @PostMapping("/events/{id}/speakers")
  String addSpeaker(
      @PathVariable long id,
      @Valid @ModelAttribute("command") SpeakerCommand command,
      BindingResult result,
      @RequestParam(name = "photo", required = false) MultipartFile photo,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    EventView event = managed(id);
    if (!result.hasErrors()) {
      try {
        SpeakerView speaker = events.addSpeakerWithPhoto(id, command, bytes(photo));
        redirect.addFlashAttribute("notice", "events.speakerSaved");
        return "redirect:/events/" + id + "/speakers/" + speaker.id();
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return speakerForm(model, event, null, forms.of(command, SpeakerCommand.class, result));
  }

  @GetMapping("/events/{id}/speakers/{speakerId}/edit")
  String editSpeaker(@PathVariable long id, @PathVariable long speakerId, Model model) {
    EventView event = managed(id);
    SpeakerView speaker = events.speaker(id, speakerId);
    String email =
        speaker.accountId() == null ? null : accounts.account(speaker.accountId()).email();
    return speakerForm(model, event, speaker, Form.of(EventForms.command(speaker, email)));
  }

  @PostMapping("/events/{id}/speakers/{speakerId}")
  String updateSpeaker(
      @PathVariable long id,
      @PathVariable long speakerId,
      @Valid @ModelAttribute("command") SpeakerCommand command,
      BindingResult result,
      @RequestParam(name = "photo", required = false) MultipartFile photo,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    EventView event = managed(id);
    SpeakerView speaker = events.speaker(id, speakerId);
    if (!result.hasErrors()) {
      try {
        events.updateSpeakerWithPhoto(
            id,
            speakerId,
            command.version() == null ? -1 : command.version(),
            command,
            bytes(photo));
        redirect.addFlashAttribute("notice", "events.speakerSaved");
        return "redirect:/events/" + id + "/speakers/" + speakerId;
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict e) {
        result.reject("form.conflict");
      }
    }
    return speakerForm(model, event, speaker, forms.of(command, SpeakerCommand.class, result));
  }

  @PostMapping("/events/{id}/speakers/{speakerId}/delete")
  String deleteSpeaker(
      @PathVariable long id, @PathVariable long speakerId, RedirectAttributes redirect) {
    events.deleteSpeaker(id, speakerId);
    redirect.addFlashAttribute("notice", "events.speakerDeleted");
    return "redirect:/events/" + id + "/manage#speakers";
  }

  // --- registrations ---------------------------------------------------------------------------

  @GetMapping("/events/{id}/registrations")
  String registrationList(
      @PathVariable long id,
      @RequestParam(required = false) String attendance,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String q,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    EventView event = managed(id);
    model.addAttribute("event", event);
    model.addAttribute("clock", EventController.clock(event, null, ui));
    model.addAttribute("registrations", registrations.list(id, attendance, state, q));
    model.addAttribute("attendance", attendance == null ? "" : attendance);
    model.addAttribute("state", state == null ? "" : state);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("messageError", null);
    return "events/registrations";
  }

  @GetMapping("/events/{id}/registrations.csv")
  ResponseEntity<byte[]> registrationsCsv(
      @PathVariable long id,
      @RequestParam(required = false) String attendance,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String q) {
    List<List<String>> rows = new ArrayList<>();
    for (RegistrationView r : registrations.list(id, attendance, state, q)) {
      rows.add(
          List.of(
              r.name(),
              r.email(),
              r.attendance(),
              r.state(),
              r.position() == 0 ? "" : Integer.toString(r.position()),
              r.registeredAt().toString(),
              r.attendedAt() == null ? "" : r.attendedAt().toString()));
    }
    byte[] csv =
        Csv.write(
            List.of(
                "name",
                "email",
                "attendance",
                "state",
                "waiting_position",
                "registered_at",
                "attended_at"),
            rows);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"event-" + id + "-registrations.csv\"")
        .body(csv);
  }

  @PostMapping("/events/{id}/registrations/{registrationId}/check-in")
  String checkIn(
      @PathVariable long id,
      @PathVariable long registrationId,
      @RequestParam(defaultValue = "true") boolean present,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    try {
      registrations.checkIn(id, registrationId, present);
      redirect.addFlashAttribute("notice", present ? "events.checkedIn" : "events.checkInUndone");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
    }
    return "redirect:"
        + EventController.safeBack(back, "/events/" + id + "/registrations")
        + "#registration-"
        + registrationId;
  }

  @PostMapping("/events/{id}/message")
  String message(
      @PathVariable long id,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String body,
      @ModelAttribute("ui") Ui ui,
      Model model,
      RedirectAttributes redirect) {
    try {
      int sent = registrations.message(id, subject, body);
      redirect.addFlashAttribute("notice", "events.messageSent");
      redirect.addFlashAttribute("sentCount", sent);
      return "redirect:/events/" + id + "/registrations";
    } catch (InvalidInput e) {
      registrationList(id, null, null, null, ui, model);
      Map<String, String> errors = new LinkedHashMap<>();
      e.problems().forEach(p -> errors.put(p.field(), p.code()));
      model.addAttribute("messageError", errors);
      model.addAttribute("subject", subject);
      model.addAttribute("body", body);
      return "events/registrations";
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private EventView managed(long id) {
    EventView event = events.get(id);
    if (!events.mayManage(id)) {
      rights.requireMember();
      throw new eu.digilabs.hub.shared.problems.Forbidden("not an organiser of event " + id);
    }
    return event;
  }

  private String form(Model model, EventView event, Form form) {
    model.addAttribute("event", event);
    model.addAttribute("form", form);
    model.addAttribute("labOptions", labOptions(form.values("labIds")));
    model.addAttribute("zoneOptions", EventForms.zones());
    return "events/form";
  }

  private String sessionForm(Model model, EventView event, SessionView session, Form form) {
    model.addAttribute("event", event);
    model.addAttribute("session", session);
    model.addAttribute("form", form);
    Map<String, String> speakers = new LinkedHashMap<>();
    events.speakers(event.id()).forEach(s -> speakers.put(Long.toString(s.id()), s.name()));
    model.addAttribute("speakerOptions", speakers);
    model.addAttribute("rooms", events.rooms(event.id()));
    return "events/sessionForm";
  }

  private String speakerForm(Model model, EventView event, SpeakerView speaker, Form form) {
    model.addAttribute("event", event);
    model.addAttribute("speaker", speaker);
    model.addAttribute("form", form);
    return "events/speakerForm";
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

  private static byte[] bytes(MultipartFile file) throws IOException {
    return file == null || file.isEmpty() ? null : file.getBytes();
  }
}
