package eu.digilabs.hub.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * The security log (ASVS V7.2): sign-ins that succeed or fail and requests refused for lack of a
 * right, with the account's id, never its email address, a password or a token. Paths are logged
 * without their query, and long random path segments (private feed secrets) are masked.
 */
@Component
class SecurityAudit {

  private static final Logger log = LoggerFactory.getLogger("eu.digilabs.hub.security");
  private static final Pattern SECRET_SEGMENT = Pattern.compile("[A-Za-z0-9_-]{20,}");

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    log.info("Sign-in succeeded: account {}", account(event.getAuthentication()));
  }

  @EventListener
  void signInFailed(AbstractAuthenticationFailureEvent event) {
    log.warn("Sign-in failed: {}", event.getException().getClass().getSimpleName());
  }

  /** Logs a refusal of a signed-in person (403); the response is the caller's. */
  static void denied(HttpServletRequest request) {
    log.warn(
        "Access denied: {} {} for account {}",
        request.getMethod(),
        path(request),
        account(SecurityContextHolder.getContext().getAuthentication()));
  }

  /** The page chain's handler: logs, then answers as Spring Security does (the 403 error page). */
  static AccessDeniedHandler pages() {
    AccessDeniedHandler page = new AccessDeniedHandlerImpl();
    return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
      denied(request);
      try {
        page.handle(request, response, e);
      } catch (ServletException ex) {
        throw new IOException(ex);
      }
    };
  }

  static String path(HttpServletRequest request) {
    return SECRET_SEGMENT.matcher(request.getRequestURI()).replaceAll("***");
  }

  private static String account(@Nullable Authentication authentication) {
    if (authentication == null) {
      return "-";
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof HubPrincipal hub) {
      return Long.toString(hub.accountId());
    }
    if (principal instanceof OidcAccounts.HubOidcUser oidc) {
      return Long.toString(oidc.accountId());
    }
    return "-";
  }
}
