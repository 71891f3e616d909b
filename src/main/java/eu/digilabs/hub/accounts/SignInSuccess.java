package eu.digilabs.hub.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After form or OIDC sign-in: sets the session's idle timeout by role and, when a password change
 * left API tokens to decide about, opens the profile where the question is asked; otherwise goes
 * where the person was heading.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

  private final SessionState sessions;
  private final PasswordService passwords;

  SignInSuccess(SessionState sessions, PasswordService passwords) {
    this.sessions = sessions;
    this.passwords = passwords;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    Long accountId = null;
    boolean admin = false;
    if (authentication.getPrincipal() instanceof HubPrincipal hub) {
      accountId = hub.accountId();
      admin = hub.admin();
    } else if (authentication.getPrincipal() instanceof OidcAccounts.HubOidcUser oidc) {
      accountId = oidc.accountId();
      admin = oidc.admin();
    }
    sessions.signedIn(request, admin);
    if (accountId != null && passwords.tokensToReview(accountId)) {
      clearAuthenticationAttributes(request);
      getRedirectStrategy().sendRedirect(request, response, "/profile#token-review");
      return;
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
