package eu.digilabs.hub.cooperation.web;

import eu.digilabs.hub.cooperation.ContactCommand;
import eu.digilabs.hub.cooperation.ContactService;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contacting a lab without seeing its address, and the member's list of sent messages. */
@Controller
class ContactController {

  private final ContactService contacts;
  private final LabDirectory labs;
  private final Forms forms;

  ContactController(ContactService contacts, LabDirectory labs, Forms forms) {
    this.contacts = contacts;
    this.labs = labs;
    this.forms = forms;
  }

  @GetMapping("/labs/{id}/contact")
  String form(@PathVariable long id, Model model) {
    return page(id, Form.of(ContactCommand.empty()), model);
  }

  @PostMapping("/labs/{id}/contact")
  String send(
      @PathVariable long id,
      @ModelAttribute("command") ContactCommand command,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return forms.submit(
        command,
        ContactCommand.class,
        result,
        () -> {
          contacts.contact(id, command);
          redirect.addFlashAttribute("notice", "contact.sent");
          return "redirect:/profile/sent";
        },
        shown -> page(id, shown, model));
  }

  @GetMapping("/profile/sent")
  String sent(Model model) {
    model.addAttribute("sent", contacts.sent());
    return "contact/sent";
  }

  private String page(long id, Form form, Model model) {
    model.addAttribute("lab", labs.get(id));
    model.addAttribute("form", form);
    return "contact/form";
  }
}
