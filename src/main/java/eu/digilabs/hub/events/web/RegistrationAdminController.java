package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.RegistrationService;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Ui;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' registration pages: the list, its CSV export, check-in and messages. */
@Controller
class RegistrationAdminController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ManagedEvents managed;
  private final RegistrationService registrations;

  RegistrationAdminController(ManagedEvents managed, RegistrationService registrations) {
    this.managed = managed;
    this.registrations = registrations;
  }

  @GetMapping("/events/{id}/registrations")
  String registrationList(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String attendance,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String q,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    EventView event = managed.managed(id);
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
    byte[] csv = RegistrationsCsv.write(registrations.list(id, attendance, state, q));
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + RegistrationsCsv.fileName(id) + "\"")
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
}
