package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.Person;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OIDC sign-in (off unless a client registration is configured): turns the provider's login into a
 * hub account through {@link OidcLinks}. The email counts as confirmed only when the provider says
 * so and its issuer is listed in {@code hub.accounts.oidc.trusted-email-issuers}.
 */
class OidcAccounts extends OidcUserService {

  private final OidcLinks links;
  private final OidcSettings settings;

  OidcAccounts(OidcLinks links, OidcSettings settings) {
    this.links = links;
    this.settings = settings;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    ClientRegistration client = request.getClientRegistration();
    String issuer =
        user.getIdToken().getIssuer() == null ? null : user.getIdToken().getIssuer().toString();
    boolean emailTrusted = Boolean.TRUE.equals(user.getEmailVerified()) && settings.trusts(issuer);
    Account account =
        links.signIn(
            new OidcLinks.Identity(
                client.getRegistrationId(),
                client.getClientName(),
                client.getRegistrationId() + ":" + user.getSubject(),
                user.getEmail(),
                emailTrusted,
                user.getFullName()));
    if (account.disabled()) {
      throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
    }
    return new HubOidcUser(
        user, account.id(), account.displayName(), account.admin(), account.sessionStamp());
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
