package eu.digilabs.hub.accounts;

import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for form sign-in and slows down guessing: repeated failures lock the account for
 * growing periods, then for {@code hub.accounts.lock-minutes}.
 */
@Component
class SignInAttempts implements UserDetailsService {

  private final Accounts accounts;
  private final AccountsProperties properties;

  SignInAttempts(Accounts accounts, AccountsProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    return accounts
        .findByEmailIgnoreCase(email == null ? "" : email.strip())
        .filter(a -> a.passwordHash() != null)
        .map(a -> HubPrincipal.of(a, Instant.now()))
        .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
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
