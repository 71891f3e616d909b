package eu.digilabs.hub.accounts.web;

import eu.digilabs.hub.accounts.OidcLinks;
import eu.digilabs.hub.accounts.PendingLink;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where a provider login proves it owns the confirmed account with its email: with the
 * account's password, or with a link mailed to the address and opened in the same browser. Once
 * linked, the browser goes through the provider again and is signed in.
 */
@Controller
class OidcLinkController {

  private final OidcLinks links;
  private final Forms forms;

  OidcLinkController(OidcLinks links, Forms forms) {
    this.links = links;
    this.forms = forms;
  }

  record PasswordForm(@Nullable String password) {}

  record TokenForm(@Nullable String token) {}

  @GetMapping("/login/link")
  String page(
      @RequestParam(required = false) @Nullable String sent, HttpSession session, Model model) {
    PendingLink link = pending(session);
    if (link == null) {
      return "redirect:/login";
    }
    return show(link, Form.of(new PasswordForm("")), sent != null, model);
  }

  @PostMapping("/login/link")
  String withPassword(
      @ModelAttribute("linkPassword") PasswordForm form,
      BindingResult result,
      HttpSession session,
      Model model) {
    PendingLink link = pending(session);
    if (link == null) {
      return "redirect:/login";
    }
    try {
      links.linkWithPassword(link, form.password());
      return linked(link, session);
    } catch (InvalidInput e) {
      e.rejectInto(result);
      return show(link, forms.of(new PasswordForm(""), result), false, model);
    }
  }

  @PostMapping("/login/link/mail")
  String mail(
      @ModelAttribute("linkMail") PasswordForm form,
      BindingResult result,
      HttpSession session,
      Locale locale,
      Model model) {
    PendingLink link = pending(session);
    if (link == null) {
      return "redirect:/login";
    }
    try {
      session.setAttribute(PendingLink.SESSION_KEY, links.mailConfirmation(link, locale));
      return "redirect:/login/link?sent";
    } catch (InvalidInput e) {
      e.rejectInto(result);
      return show(link, forms.of(new PasswordForm(""), result), false, model);
    }
  }

  @GetMapping("/login/link/confirm")
  String confirmPage(
      @RequestParam(required = false) @Nullable String token, HttpSession session, Model model) {
    return showConfirm(pending(session), Form.of(new TokenForm(token)), model);
  }

  @PostMapping("/login/link/confirm")
  String confirm(
      @ModelAttribute("confirm") TokenForm form,
      BindingResult result,
      HttpSession session,
      Model model) {
    PendingLink link = pending(session);
    if (link != null) {
      try {
        links.linkWithToken(link, form.token());
        return linked(link, session);
      } catch (InvalidInput e) {
        e.rejectInto(result);
      }
    }
    return showConfirm(link, forms.of(new TokenForm(""), result), model);
  }

  private static @Nullable PendingLink pending(HttpSession session) {
    return session.getAttribute(PendingLink.SESSION_KEY) instanceof PendingLink link ? link : null;
  }

  private static String linked(PendingLink link, HttpSession session) {
    session.removeAttribute(PendingLink.SESSION_KEY);
    return "redirect:/oauth2/authorization/" + link.registrationId();
  }

  private static String show(PendingLink link, Form form, boolean sent, Model model) {
    model.addAttribute("link", link);
    model.addAttribute("form", form);
    model.addAttribute("sent", sent);
    return "accounts/link";
  }

  private static String showConfirm(@Nullable PendingLink link, Form form, Model model) {
    model.addAttribute("provider", link == null ? "" : link.provider());
    model.addAttribute("sameBrowser", link != null && link.tokenHash() != null);
    model.addAttribute("form", form);
    return "accounts/linkConfirm";
  }
}
