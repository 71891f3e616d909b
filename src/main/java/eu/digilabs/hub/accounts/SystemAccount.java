package eu.digilabs.hub.accounts;

import java.time.Instant;
import java.util.Comparator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account start-up work acts as (demo content): the first admin, so that the work goes through
 * the services' commands and rights checks like a person's would. No controller uses it.
 */
@Component
public class SystemAccount {

  private final Accounts accounts;
  private final AccountsProperties properties;

  SystemAccount(Accounts accounts, AccountsProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  /**
   * The sign-in of the configured first admin or, if that account is no longer an admin, of the
   * oldest enabled admin.
   */
  @Transactional(readOnly = true)
  public Authentication authentication() {
    Account admin =
        accounts
            .findByEmailIgnoreCase(properties.adminEmail())
            .filter(a -> a.admin() && !a.disabled())
            .or(
                () ->
                    accounts.findByAdminTrue().stream()
                        .filter(a -> !a.disabled())
                        .min(Comparator.comparing(Account::id)))
            .orElseThrow(() -> new IllegalStateException("There is no admin to act as."));
    return HubPrincipal.signedIn(admin, Instant.now());
  }
}
