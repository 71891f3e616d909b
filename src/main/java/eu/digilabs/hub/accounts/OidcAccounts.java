package eu.digilabs.hub.accounts;

import eu.digilabs.hub.web.Person;
import java.util.Locale;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * OIDC sign-in (off unless a client registration is configured): the provider's subject is linked
 * to the account with the same verified email, or a new account is created.
 */
class OidcAccounts extends OidcUserService {

  private final Accounts accounts;

  OidcAccounts(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    String subject = request.getClientRegistration().getRegistrationId() + ":" + user.getSubject();
    Account account = accounts.findByOidcSubject(subject).orElseGet(() -> link(user, subject));
    if (account.disabled()) {
      throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
    }
    return new HubOidcUser(
        user, account.id(), account.displayName(), account.admin(), account.sessionStamp());
  }

  private Account link(OidcUser user, String subject) {
    if (user.getEmail() == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
      throw new OAuth2AuthenticationException(new OAuth2Error("email_not_verified"));
    }
    Account account =
        accounts
            .findByEmailIgnoreCase(user.getEmail())
            .orElseGet(
                () -> {
                  String name = user.getFullName() == null ? user.getEmail() : user.getFullName();
                  return accounts.save(
                      new Account(user.getEmail().toLowerCase(Locale.ROOT), name, null));
                });
    account.linkOidc(subject);
    return account;
  }

  /** An OIDC user that knows its hub account. */
  static final class HubOidcUser extends DefaultOidcUser implements Person {

    private final long accountId;
    private final String displayName;
    private final boolean admin;
    private final long stamp;

    HubOidcUser(OidcUser user, long accountId, String displayName, boolean admin, long stamp) {
      super(HubPrincipal.authorities(admin), user.getIdToken(), user.getUserInfo());
      this.accountId = accountId;
      this.displayName = displayName;
      this.admin = admin;
      this.stamp = stamp;
    }

    long accountId() {
      return accountId;
    }

    boolean admin() {
      return admin;
    }

    long stamp() {
      return stamp;
    }

    HubOidcUser with(boolean admin, long stamp) {
      return new HubOidcUser(this, accountId, displayName, admin, stamp);
    }

    @Override
    public String displayName() {
      return displayName;
    }
  }
}
