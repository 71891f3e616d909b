package eu.digilabs.hub.accounts;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Why an identity-provider login does not sign in; {@link #reason()} names the message the sign-in
 * page shows ({@code login.error.<reason>}).
 */
class OidcRefused extends OAuth2AuthenticationException {

  /** The provider did not confirm the address, or is not trusted to. */
  static final String UNTRUSTED_EMAIL = "oidcUntrustedEmail";

  /** The account with that address already signs in with another provider login. */
  static final String ALREADY_LINKED = "oidcAlreadyLinked";

  /** Any other refusal (e.g. an account an admin disabled): the page says only that it failed. */
  static final String FAILED = "oidc";

  private final String reason;

  OidcRefused(String reason) {
    super(new OAuth2Error(reason), reason);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
