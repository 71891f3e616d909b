package eu.digilabs.hub.accounts.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's profile, password and personal API tokens. */
@Controller
class ProfileController {

  private final AccountService accounts;
  private final Rights rights;
  private final Forms forms;

  ProfileController(AccountService accounts, Rights rights, Forms forms) {
    this.accounts = accounts;
    this.rights = rights;
    this.forms = forms;
  }

  record ProfileForm(
      @NotBlank @Size(max = 120) String displayName,
      @Size(max = 200) String organisation,
      @Size(max = 200) String languages,
      @Size(max = 2000) String expertise) {}

  record PasswordForm(
      @NotBlank String currentPassword, @NotBlank String newPassword, String newPasswordRepeat) {}

  record TokenForm(@NotBlank @Size(max = 100) String name) {}

  @GetMapping("/profile")
  String profile(Model model) {
    AccountView me = accounts.account(rights.requireMember());
    return page(
        model,
        Form.of(
            new ProfileForm(me.displayName(), me.organisation(), me.languages(), me.expertise())),
        Form.of(new PasswordForm("", "", "")),
        Form.of(new TokenForm("")));
  }

  @PostMapping("/profile")
  String saveProfile(
      @Valid @ModelAttribute("profile") ProfileForm profile,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    long me = rights.requireMember();
    if (result.hasErrors()) {
      return page(
          model,
          forms.of(profile, result),
          Form.of(new PasswordForm("", "", "")),
          Form.of(new TokenForm("")));
    }
    accounts.updateProfile(
        me,
        profile.displayName(),
        profile.organisation(),
        profile.languages(),
        profile.expertise());
    redirect.addFlashAttribute("notice", "profile.saved");
    return "redirect:/profile";
  }

  @PostMapping("/profile/password")
  String changePassword(
      @Valid @ModelAttribute("password") PasswordForm password,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    long me = rights.requireMember();
    if (!result.hasFieldErrors("newPassword")
        && !password.newPassword().equals(password.newPasswordRepeat())) {
      new InvalidInput("newPasswordRepeat", "accounts.passwordsDiffer").rejectInto(result);
    }
    if (!result.hasErrors()) {
      try {
        accounts.changePassword(me, password.currentPassword(), password.newPassword());
        redirect.addFlashAttribute("notice", "profile.passwordChanged");
        return "redirect:/profile";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    AccountView view = accounts.account(me);
    return page(
        model,
        Form.of(
            new ProfileForm(
                view.displayName(), view.organisation(), view.languages(), view.expertise())),
        forms.of(new PasswordForm("", "", ""), result),
        Form.of(new TokenForm("")));
  }

  @PostMapping("/profile/tokens")
  String createToken(
      @Valid @ModelAttribute("token") TokenForm token, BindingResult result, Model model) {
    long me = rights.requireMember();
    AccountView view = accounts.account(me);
    Form profileForm =
        Form.of(
            new ProfileForm(
                view.displayName(), view.organisation(), view.languages(), view.expertise()));
    if (result.hasErrors()) {
      return page(
          model, profileForm, Form.of(new PasswordForm("", "", "")), forms.of(token, result));
    }
    model.addAttribute("newToken", accounts.createToken(me, token.name()));
    return page(
        model, profileForm, Form.of(new PasswordForm("", "", "")), Form.of(new TokenForm("")));
  }

  @PostMapping("/profile/tokens/{id}/revoke")
  String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
    accounts.revokeToken(rights.requireMember(), id);
    redirect.addFlashAttribute("notice", "profile.tokenRevoked");
    return "redirect:/profile#tokens";
  }

  private String page(Model model, Form profile, Form password, Form token) {
    long me = rights.requireMember();
    model.addAttribute("account", accounts.account(me));
    model.addAttribute("profileForm", profile);
    model.addAttribute("passwordForm", password);
    model.addAttribute("tokenForm", token);
    model.addAttribute("tokens", accounts.tokens(me));
    if (!model.containsAttribute("newToken")) {
      model.addAttribute("newToken", "");
    }
    return "accounts/profile";
  }
}
