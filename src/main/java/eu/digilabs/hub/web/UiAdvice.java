package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.Person;
import eu.digilabs.hub.shared.text.Markdown;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts {@link Ui} into every page model. */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

  private final MessageSource messages;
  private final Markdown markdown;
  private final Site site;
  private final ObjectProvider<UnreadNotices> unread;

  UiAdvice(
      MessageSource messages, Markdown markdown, Site site, ObjectProvider<UnreadNotices> unread) {
    this.site = site;
    this.unread = unread;
    this.messages = messages;
    this.markdown = markdown;
  }

  /**
   * The message key of a notice to show once ("labs.saved", say); controllers pass one as a flash
   * attribute after a redirect, which takes precedence over this empty default.
   */
  @ModelAttribute("notice")
  String notice() {
    return "";
  }

  @ModelAttribute("markdown")
  Markdown markdown() {
    return markdown;
  }

  @ModelAttribute("ui")
  Ui ui(HttpServletRequest request) {
    return create(request, messages, site, unread);
  }

  static Ui create(
      HttpServletRequest request,
      MessageSource messages,
      Site site,
      ObjectProvider<UnreadNotices> unread) {
    Locale locale = RequestContextUtils.getLocale(request);
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Ui(
        Languages.supported(locale),
        messages,
        request.getRequestURI(),
        request.getQueryString(),
        csrf == null ? "_csrf" : csrf.getParameterName(),
        csrf == null ? "" : csrf.getToken(),
        viewer(),
        site,
        () -> {
          UnreadNotices notices = unread.getIfAvailable();
          return notices == null ? 0 : notices.count();
        });
  }

  static Viewer viewer() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Viewer.VISITOR;
    }
    String name =
        auth.getPrincipal() instanceof Person person ? person.displayName() : auth.getName();
    boolean admin =
        auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    return new Viewer(true, name, admin);
  }
}
