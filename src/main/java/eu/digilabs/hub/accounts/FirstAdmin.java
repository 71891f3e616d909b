package eu.digilabs.hub.accounts;

import eu.digilabs.hub.web.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At first start there is no admin: one is created with {@code hub.accounts.admin-email} and the
 * password from {@code HUB_ADMIN_PASSWORD}, or a generated one printed once to the log.
 */
@Component
class FirstAdmin extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final Accounts accounts;
  private final AccountService service;
  private final AccountsProperties properties;

  FirstAdmin(Accounts accounts, AccountService service, AccountsProperties properties) {
    this.accounts = accounts;
    this.service = service;
    this.properties = properties;
  }

  @Override
  public int getPhase() {
    return ACCOUNTS;
  }

  @Override
  protected void run() {
    if (accounts.existsByAdminTrue()) {
      return;
    }
    String password = properties.adminPassword();
    boolean generated = password == null || password.isBlank();
    if (generated) {
      password = Tokens.random(15);
    }
    service.seedAccount(properties.adminEmail(), "Admin", password, true, false);
    if (generated) {
      log.warn(
          "\n\n  First admin created (hub.accounts.admin-email)\n  Password (shown only this once): {}\n  Set HUB_ADMIN_PASSWORD to choose it yourself.\n",
          password);
    } else {
      log.info("First admin created (hub.accounts.admin-email)");
    }
  }
}
