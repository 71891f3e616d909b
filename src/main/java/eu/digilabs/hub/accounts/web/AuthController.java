package eu.digilabs.hub.accounts.web;

import eu.digilabs.hub.accounts.PasswordService;
import eu.digilabs.hub.accounts.SignUpService;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, sign-up, email verification and password reset. */
@Controller
class AuthController {

  private final SignUpService signUps;
  private final PasswordService passwords;
  private final Forms forms;
  private final ObjectProvider<ClientRegistrationRepository> oidc;

  AuthController(
      SignUpService signUps,
      PasswordService passwords,
      Forms forms,
      ObjectProvider<ClientRegistrationRepository> oidc) {
    this.signUps = signUps;
    this.passwords = passwords;
    this.forms = forms;
    this.oidc = oidc;
  }

  record SignupForm(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 120) String displayName,
      @NotBlank String password,
      String passwordRepeat) {}

  record ForgotForm(@NotBlank @Email @Size(max = 254) String email) {}

  record ResendForm(@NotBlank @Email @Size(max = 254) String email) {}

  record ResetForm(String token, @NotBlank String password, String passwordRepeat) {}

  /** Why a provider sign-in was refused: the only reasons the sign-in page names. */
  private static final Set<String> PROVIDER_ERRORS =
      Set.of("oidc", "oidcUntrustedEmail", "oidcAlreadyLinked");

  /**
   * The sign-in form; {@code error} says that the last attempt failed: never why for a password,
   * but what to do for a refused provider sign-in (that reveals nothing an attacker could use).
   */
  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String reset,
      HttpSession session,
      Model model) {
    Object email = session.getAttribute("hub.login.email");
    model.addAttribute("email", email == null ? "" : email.toString());
    model.addAttribute("failed", error != null);
    model.addAttribute(
        "providerError", error != null && PROVIDER_ERRORS.contains(error) ? error : "");
    model.addAttribute("reset", reset != null);
    Map<String, String> providers = new LinkedHashMap<>();
    if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object registration : registrations) {
        ClientRegistration client = (ClientRegistration) registration;
        providers.put(client.getRegistrationId(), client.getClientName());
      }
    }
    model.addAttribute("providers", providers);
    return "accounts/login";
  }

  @GetMapping("/signup")
  String signupForm(Model model) {
    model.addAttribute("form", Form.of(new SignupForm("", "", "", "")));
    return "accounts/signup";
  }

  @PostMapping("/signup")
  String signup(
      @Valid @ModelAttribute("signup") SignupForm signup,
      BindingResult result,
      Locale locale,
      Model model) {
    if (!result.hasFieldErrors("password") && !signup.password().equals(signup.passwordRepeat())) {
      new InvalidInput("passwordRepeat", "accounts.passwordsDiffer").rejectInto(result);
    }
    if (!result.hasErrors()) {
      try {
        signUps.signUp(signup.email(), signup.displayName(), signup.password(), locale);
        model.addAttribute("email", signup.email());
        return "accounts/signupDone";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    model.addAttribute(
        "form", forms.of(new SignupForm(signup.email(), signup.displayName(), "", ""), result));
    return "accounts/signup";
  }

  @GetMapping("/verify")
  String verify(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("verified", signUps.verify(token));
    model.addAttribute("form", Form.of(new ResendForm("")));
    model.addAttribute("sent", false);
    return "accounts/verified";
  }

  /** A new verification link, for those whose link expired. */
  @PostMapping("/verify/resend")
  String resendVerification(
      @Valid @ModelAttribute("resend") ResendForm resend,
      BindingResult result,
      Locale locale,
      Model model) {
    if (!result.hasErrors()) {
      signUps.resendVerification(resend.email(), locale);
    }
    model.addAttribute("verified", false);
    model.addAttribute("form", forms.of(resend, result));
    model.addAttribute("sent", !result.hasErrors());
    return "accounts/verified";
  }

  @GetMapping("/password/forgot")
  String forgotForm(Model model) {
    model.addAttribute("form", Form.of(new ForgotForm("")));
    model.addAttribute("sent", false);
    return "accounts/forgot";
  }

  @PostMapping("/password/forgot")
  String forgot(
      @Valid @ModelAttribute("forgot") ForgotForm forgot,
      BindingResult result,
      Locale locale,
      Model model) {
    if (!result.hasErrors()) {
      passwords.requestReset(forgot.email(), locale);
    }
    model.addAttribute("form", forms.of(forgot, result));
    model.addAttribute("sent", !result.hasErrors());
    return "accounts/forgot";
  }

  @GetMapping("/password/reset")
  String resetForm(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("form", Form.of(new ResetForm(token, "", "")));
    model.addAttribute("valid", passwords.resetTokenValid(token));
    return "accounts/reset";
  }

  @PostMapping("/password/reset")
  String reset(@Valid @ModelAttribute("reset") ResetForm reset, BindingResult result, Model model) {
    if (!result.hasFieldErrors("password") && !reset.password().equals(reset.passwordRepeat())) {
      new InvalidInput("passwordRepeat", "accounts.passwordsDiffer").rejectInto(result);
    }
    if (!result.hasErrors()) {
      try {
        passwords.resetPassword(reset.token(), reset.password());
        return "redirect:/login?reset";
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    model.addAttribute("form", forms.of(new ResetForm(reset.token(), "", ""), result));
    model.addAttribute("valid", !result.hasFieldErrors("token"));
    return "accounts/reset";
  }
}
