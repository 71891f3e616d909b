package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins do with accounts: list them, grant or take the admin right, disable them. */
@Service
@Transactional
public class AccountAdministration {

  private final Accounts accounts;
  private final Rights rights;

  AccountAdministration(Accounts accounts, Rights rights) {
    this.accounts = accounts;
    this.rights = rights;
  }

  @Transactional(readOnly = true)
  public List<AccountView> all() {
    rights.requireAdmin();
    return accounts.findAllByOrderByDisplayName().stream().map(AccountView::of).toList();
  }

  public void setAdmin(long accountId, boolean admin) {
    rights.requireAdmin();
    if (!admin && rights.currentAccountId().orElse(-1L) == accountId) {
      throw new InvalidInput("admin", "accounts.cannotDemoteSelf");
    }
    load(accountId).makeAdmin(admin);
  }

  /** Disables or enables an account; its sessions and tokens stop working on their next request. */
  public void setDisabled(long accountId, boolean disabled) {
    rights.requireAdmin();
    if (disabled && rights.currentAccountId().orElse(-1L) == accountId) {
      throw new InvalidInput("disabled", "accounts.cannotDisableSelf");
    }
    load(accountId).disable(disabled);
  }

  private Account load(long accountId) {
    return accounts.findById(accountId).orElseThrow(() -> new NotFound("Account"));
  }
}
