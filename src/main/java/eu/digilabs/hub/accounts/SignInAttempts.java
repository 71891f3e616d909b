package eu.digilabs.hub.accounts;

import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Form sign-in: checks the password and slows down guessing. Repeated failures lock the account for
 * growing periods, then for {@code hub.accounts.lock-minutes}. Locked and disabled accounts are
 * refused before the password is checked; unverified ones only after it (so that the reminder mail
 * goes out only to someone who knows the password). The session keeps the principal without its
 * password hash.
 */
@Component
class SignInAttempts extends DaoAuthenticationProvider {

  /** Why a correct password did not sign in: the address is not confirmed yet. */
  static final String UNVERIFIED = "unverified";

  private final Accounts accounts;
  private final AccountsProperties properties;

  SignInAttempts(Accounts accounts, AccountsProperties properties, PasswordEncoder passwords) {
    super(
        email ->
            accounts
                .findByEmailIgnoreCase(email == null ? "" : email.strip())
                .filter(a -> a.passwordHash() != null)
                .map(a -> HubPrincipal.of(a, Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account")));
    this.accounts = accounts;
    this.properties = properties;
    setPasswordEncoder(passwords);
    setPreAuthenticationChecks(SignInAttempts::beforePassword);
    setPostAuthenticationChecks(SignInAttempts::afterPassword);
  }

  private static void beforePassword(UserDetails user) {
    HubPrincipal principal = (HubPrincipal) user;
    if (principal.locked()) {
      throw new LockedException("locked");
    }
    if (principal.disabled()) {
      throw new DisabledException("disabled");
    }
  }

  private static void afterPassword(UserDetails user) {
    if (!((HubPrincipal) user).verified()) {
      throw new DisabledException(UNVERIFIED);
    }
  }

  @Override
  protected Authentication createSuccessAuthentication(
      Object principal, Authentication authentication, UserDetails user) {
    HubPrincipal signedIn = ((HubPrincipal) user).withoutPassword();
    return super.createSuccessAuthentication(signedIn, authentication, signedIn);
  }

  @EventListener
  @Transactional
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    Object name = event.getAuthentication().getPrincipal();
    if (name instanceof String email) {
      accounts
          .findByEmailIgnoreCase(email.strip())
          .ifPresent(
              a ->
                  a.failedSignIn(
                      Instant.now(),
                      properties.lockAfterFailures(),
                      Duration.ofMinutes(properties.lockMinutes())));
    }
  }

  @EventListener
  @Transactional
  public void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof HubPrincipal principal) {
      accounts.findById(principal.accountId()).ifPresent(Account::signedIn);
    }
  }
}
