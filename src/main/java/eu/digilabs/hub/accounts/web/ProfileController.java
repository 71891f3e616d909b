package eu.digilabs.hub.accounts.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.MemberDirectory;
import eu.digilabs.hub.accounts.PasswordService;
import eu.digilabs.hub.accounts.ProfileVisibility;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.accounts.SessionState;
import eu.digilabs.hub.accounts.TokenScope;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** The signed-in person's profile, password and personal API tokens. */
@Controller
class ProfileController {

  private final AccountService accounts;
  private final PasswordService passwords;
  private final SessionState sessions;
  private final Rights rights;
  private final Forms forms;

  private final MemberDirectory directory;

  ProfileController(
      AccountService accounts,
      PasswordService passwords,
      SessionState sessions,
      Rights rights,
      Forms forms,
      MemberDirectory directory) {
    this.directory = directory;
    this.accounts = accounts;
    this.passwords = passwords;
    this.sessions = sessions;
    this.rights = rights;
    this.forms = forms;
  }

  record ProfileForm(
      @NotBlank @Size(max = 120) String displayName,
      @Size(max = 200) @Nullable String organisation,
      @Size(max = 200) @Nullable String languages,
      @Size(max = 2000) @Nullable String expertise,
      @Nullable ProfileVisibility profileVisibility) {}

  record PasswordForm(
      @NotBlank String currentPassword, @NotBlank String newPassword, String newPasswordRepeat) {}

  record TokenForm(
      @NotBlank @Size(max = 100) String name,
      @NotNull @Min(1) @Max(AccountService.MAX_TOKEN_DAYS) Integer days,
      @NotNull TokenScope scope) {

    static TokenForm empty() {
      return new TokenForm("", AccountService.DEFAULT_TOKEN_DAYS, TokenScope.READ);
    }
  }

  @GetMapping("/profile")
  String profile(Model model) {
    return page(model, profileForm(), Form.of(new PasswordForm("", "", "")), tokenForm());
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
          model, forms.of(profile, result), Form.of(new PasswordForm("", "", "")), tokenForm());
    }
    accounts.updateProfile(
        me,
        profile.displayName(),
        profile.organisation(),
        profile.languages(),
        profile.expertise());
    if (profile.profileVisibility() != null) {
      directory.show(profile.profileVisibility());
    }
    redirect.addFlashAttribute("notice", "profile.saved");
    return "redirect:/profile";
  }

  /** A new password ends every other session; this one stays signed in. */
  @PostMapping("/profile/password")
  String changePassword(
      @Valid @ModelAttribute("password") PasswordForm password,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    long me = rights.requireMember();
    if (!result.hasFieldErrors("newPassword")
        && !password.newPassword().equals(password.newPasswordRepeat())) {
      new InvalidInput("newPasswordRepeat", "accounts.passwordsDiffer").rejectInto(result);
    }
    if (!result.hasErrors()) {
      try {
        long stamp =
            passwords.changePassword(me, password.currentPassword(), password.newPassword());
        sessions.keepAfterPasswordChange(stamp, request, response);
        redirect.addFlashAttribute("notice", "profile.passwordChanged");
        return "redirect:/profile";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return page(model, profileForm(), forms.of(new PasswordForm("", "", ""), result), tokenForm());
  }

  @PostMapping("/profile/tokens")
  String createToken(
      @Valid @ModelAttribute("token") TokenForm token, BindingResult result, Model model) {
    long me = rights.requireMember();
    if (!result.hasErrors()) {
      try {
        model.addAttribute(
            "newToken", accounts.createToken(me, token.name(), token.days(), token.scope()));
        return page(model, profileForm(), Form.of(new PasswordForm("", "", "")), tokenForm());
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return page(
        model, profileForm(), Form.of(new PasswordForm("", "", "")), forms.of(token, result));
  }

  @PostMapping("/profile/tokens/{id}/revoke")
  String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
    accounts.revokeToken(rights.requireMember(), id);
    redirect.addFlashAttribute("notice", "profile.tokenRevoked");
    return "redirect:/profile#tokens";
  }

  /** The answer to the question a password change asks: revoke the usable tokens, or keep them. */
  @PostMapping("/profile/tokens/review")
  String reviewTokens(@RequestParam boolean revoke, RedirectAttributes redirect) {
    passwords.reviewTokens(rights.requireMember(), revoke);
    redirect.addFlashAttribute("notice", revoke ? "profile.tokensRevoked" : "profile.tokensKept");
    return "redirect:/profile#tokens";
  }

  private Form profileForm() {
    AccountView me = accounts.account(rights.requireMember());
    return Form.of(
        new ProfileForm(
            me.displayName(), me.organisation(), me.languages(), me.expertise(), directory.mine()));
  }

  private static Form tokenForm() {
    return Form.of(TokenForm.empty());
  }

  private String page(Model model, Form profile, Form password, Form token) {
    long me = rights.requireMember();
    model.addAttribute("account", accounts.account(me));
    model.addAttribute("profileForm", profile);
    model.addAttribute("passwordForm", password);
    model.addAttribute("tokenForm", token);
    model.addAttribute("tokens", accounts.tokens(me));
    model.addAttribute("tokensToReview", passwords.tokensToReview(me));
    if (!model.containsAttribute("newToken")) {
      model.addAttribute("newToken", "");
    }
    return "accounts/profile";
  }
}
