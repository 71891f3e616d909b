package eu.digilabs.hub.accounts;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as an existing account, the way form sign-in would. */
public final class TestAccounts {

  private TestAccounts() {}

  public static RequestPostProcessor as(ApplicationContext context, String email) {
    return SecurityMockMvcRequestPostProcessors.authentication(authentication(context, email));
  }

  /** The authentication form sign-in would produce for this account. */
  public static Authentication authentication(ApplicationContext context, String email) {
    Account account =
        context
            .getBean(Accounts.class)
            .findByEmailIgnoreCase(email)
            .orElseThrow(() -> new IllegalArgumentException(email));
    HubPrincipal principal = HubPrincipal.of(account, Instant.now()).withoutPassword();
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, principal.getAuthorities());
  }

  /** Creates a verified member (no lab) and returns its email. */
  public static String member(ApplicationContext context, String email) {
    context
        .getBean(AccountService.class)
        .seedAccount(email, "Test " + email, "member-password-1", false, false);
    return email;
  }
}
