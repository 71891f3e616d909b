package eu.digilabs.hub.events.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.events.SpeakerService;
import eu.digilabs.hub.events.SpeakerView;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.validation.Valid;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
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

/** The organisers' speaker pages: the speaker form (new and edit, with photo) and deleting. */
@Controller
class SpeakerAdminController {

  private final ManagedEvents managed;
  private final SpeakerService speakers;
  private final AccountService accounts;
  private final Forms forms;

  SpeakerAdminController(
      ManagedEvents managed, SpeakerService speakers, AccountService accounts, Forms forms) {
    this.managed = managed;
    this.speakers = speakers;
    this.accounts = accounts;
    this.forms = forms;
  }

  @GetMapping("/events/{id}/speakers/new")
  String newSpeaker(@PathVariable long id, Model model) {
    EventView event = managed.managed(id);
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
    EventView event = managed.managed(id);
    if (!result.hasErrors()) {
      try {
        SpeakerView speaker = speakers.addSpeakerWithPhoto(id, command, bytes(photo));
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
    EventView event = managed.managed(id);
    SpeakerView speaker = speakers.speaker(id, speakerId);
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
    EventView event = managed.managed(id);
    SpeakerView speaker = speakers.speaker(id, speakerId);
    if (!result.hasErrors()) {
      try {
        speakers.updateSpeakerWithPhoto(
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
    speakers.deleteSpeaker(id, speakerId);
    redirect.addFlashAttribute("notice", "events.speakerDeleted");
    return "redirect:/events/" + id + "/manage#speakers";
  }

  private String speakerForm(
      Model model, EventView event, @Nullable SpeakerView speaker, Form form) {
    model.addAttribute("event", event);
    model.addAttribute("speaker", speaker);
    model.addAttribute("form", form);
    return "events/speakerForm";
  }

  private static byte @Nullable [] bytes(@Nullable MultipartFile file) throws IOException {
    return file == null || file.isEmpty() ? null : file.getBytes();
  }
}
