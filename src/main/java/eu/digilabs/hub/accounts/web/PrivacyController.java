package eu.digilabs.hub.accounts.web;

import eu.digilabs.hub.accounts.PersonalDataService;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** "Download my data" and "Delete my account" on the profile (GDPR articles 15, 17 and 20). */
@Controller
class PrivacyController {

  private final PersonalDataService personalData;
  private final Forms forms;

  PrivacyController(PersonalDataService personalData, Forms forms) {
    this.personalData = personalData;
    this.forms = forms;
  }

  /** Password-accounts fill in {@code password}; OIDC-only accounts type their {@code email}. */
  record DeleteForm(String password, String email) {}

  @GetMapping("/profile/data")
  ResponseEntity<Map<String, Object>> download() {
    Map<String, Object> data = personalData.exportMine();
    String file = "digilabs-hub-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(data);
  }

  @GetMapping("/profile/delete")
  String confirm(Model model) {
    return page(model, Form.of(new DeleteForm("", "")));
  }

  @PostMapping("/profile/delete")
  String delete(
      @ModelAttribute("deletion") DeleteForm form,
      BindingResult result,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    boolean byPassword = personalData.confirmsWithPassword();
    try {
      personalData.deleteMine(byPassword ? form.password() : form.email());
    } catch (InvalidInput e) {
      e.rejectInto(result);
      return page(model, forms.of(new DeleteForm("", form.email()), result));
    }
    new SecurityContextLogoutHandler()
        .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    return "redirect:/account-deleted";
  }

  @GetMapping("/account-deleted")
  String deleted() {
    return "accounts/deleted";
  }

  private String page(Model model, Form form) {
    model.addAttribute("deleteForm", form);
    model.addAttribute("byPassword", personalData.confirmsWithPassword());
    return "accounts/delete";
  }
}
