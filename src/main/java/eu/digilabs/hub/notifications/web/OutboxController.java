package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.OutboxService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administration: the mail outbox. */
@Controller
class OutboxController {

  private final OutboxService outbox;

  OutboxController(OutboxService outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/admin/outbox")
  String outbox(Model model) {
    model.addAttribute("mails", outbox.outbox());
    return "admin/outbox";
  }
}
