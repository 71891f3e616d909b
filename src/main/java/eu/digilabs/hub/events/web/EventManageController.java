package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.AgendaService;
import eu.digilabs.hub.events.EventOrganisers;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.ProgrammeImport;
import eu.digilabs.hub.events.RegistrationService;
import eu.digilabs.hub.events.SpeakerService;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Ui;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' page of an event: its programme, speakers, organisers, feedback and seats, the
 * calendar import, and adding or removing organisers.
 */
@Controller
class EventManageController {

  private final ManagedEvents managed;
  private final EventService events;
  private final EventOrganisers organisers;
  private final SpeakerService speakers;
  private final AgendaService agenda;
  private final RegistrationService registrations;
  private final ProgrammeImport programmeImport;

  EventManageController(
      ManagedEvents managed,
      EventService events,
      EventOrganisers organisers,
      SpeakerService speakers,
      AgendaService agenda,
      RegistrationService registrations,
      ProgrammeImport programmeImport) {
    this.managed = managed;
    this.events = events;
    this.organisers = organisers;
    this.speakers = speakers;
    this.agenda = agenda;
    this.registrations = registrations;
    this.programmeImport = programmeImport;
  }

  @GetMapping("/events/{id}/manage")
  String manage(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
    EventView event = managed.managed(id);
    model.addAttribute("event", event);
    model.addAttribute("clock", EventController.clock(event, null, ui));
    model.addAttribute("programme", events.programme(id));
    model.addAttribute("speakers", speakers.speakers(id));
    model.addAttribute("organisers", organisers.organisers(id));
    model.addAttribute("mayRemoveOrganisers", organisers.mayRemoveOrganisers(id));
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
    managed.managed(id);
    if (file == null || file.isEmpty()) {
      model.addAttribute("importError", "events.import.noFile");
      manage(id, ui, model);
      model.addAttribute("importError", "events.import.noFile");
      return "events/manage";
    }
    String name = file.getOriginalFilename();
    ImportReport report =
        programmeImport.importProgramme(
            id, file.getBytes(), name == null ? "calendar.ics" : name, ui.locale());
    manage(id, ui, model);
    model.addAttribute("report", report);
    return "events/manage";
  }

  @PostMapping("/events/{id}/organisers")
  String addOrganiser(
      @PathVariable long id,
      @RequestParam(required = false) String email,
      RedirectAttributes redirect) {
    try {
      organisers.addOrganiser(id, email);
      redirect.addFlashAttribute("notice", "events.organiserAdded");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
    }
    return "redirect:/events/" + id + "/manage#organisers";
  }

  @PostMapping("/events/{id}/organisers/{accountId}/remove")
  String removeOrganiser(
      @PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
    organisers.removeOrganiser(id, accountId);
    redirect.addFlashAttribute("notice", "events.organiserRemoved");
    return "redirect:/events/" + id + "/manage#organisers";
  }
}
