package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.DigestSettings;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's choice of digests: how often, in which language, in which time zone. */
@Controller
class DigestSettingsController {

  /** The form: what the page shows and sends. */
  record SettingsForm(String digest, String language, String timeZone, long version) {}

  static final List<String> FREQUENCIES = List.of("DAILY", "WEEKLY", "NEVER");
  static final List<String> ZONES =
      List.copyOf(
          new TreeSet<>(
              ZoneId.getAvailableZoneIds().stream()
                  .filter(z -> z.matches("(Europe|America|Asia|Africa|Atlantic|Australia)/.+"))
                  .toList()));

  private final DigestSettings settings;
  private final Forms forms;

  DigestSettingsController(DigestSettings settings, Forms forms) {
    this.settings = settings;
    this.forms = forms;
  }

  @GetMapping("/profile/notifications")
  String page(Model model) {
    DigestSettings.Settings mine = settings.mine();
    return page(
        model,
        Form.of(new SettingsForm(mine.digest(), mine.language(), mine.timeZone(), mine.version())),
        mine);
  }

  @PostMapping("/profile/notifications")
  String save(
      @ModelAttribute("command") SettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return forms.submit(
        form,
        SettingsForm.class,
        result,
        () -> {
          settings.update(form.digest(), form.language(), form.timeZone(), form.version());
          redirect.addFlashAttribute("notice", "notifications.settings.saved");
          return "redirect:/profile/notifications";
        },
        shown -> page(model, shown, settings.mine()));
  }

  private String page(Model model, Form form, DigestSettings.Settings current) {
    model.addAttribute("form", form);
    model.addAttribute("settings", current);
    model.addAttribute("frequencies", FREQUENCIES);
    model.addAttribute("zones", ZONES);
    return "notifications/settings";
  }
}
