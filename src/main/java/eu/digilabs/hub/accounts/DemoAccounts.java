package eu.digilabs.hub.accounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo accounts of a demo installation: verified, with the demo's published password,
 * and marked as demo so that they lose every way to sign in when demo content is off. Admins only.
 */
@Component
public class DemoAccounts {

  private final AccountService accounts;
  private final Rights rights;

  DemoAccounts(AccountService accounts, Rights rights) {
    this.accounts = accounts;
    this.rights = rights;
  }

  /** Creates the demo account, or returns the one with this address. */
  @Transactional
  public long create(String email, String displayName, String password) {
    rights.requireAdmin();
    return accounts.seedAccount(email, displayName, password, false, true);
  }

  /**
   * Takes every way to sign in from the demo accounts, whose password is published: whenever demo
   * content is off. Needs no rights, as it only takes access away, and runs where there may be no
   * admin yet (a production start). Returns how many were disabled.
   */
  @Transactional
  public int disableAll() {
    return accounts.disableDemoAccounts();
  }

  /** Gives disabled demo accounts their password back, when demo content is on again. */
  @Transactional
  public void restoreAll(String password) {
    rights.requireAdmin();
    accounts.restoreDemoAccounts(password);
  }
}
