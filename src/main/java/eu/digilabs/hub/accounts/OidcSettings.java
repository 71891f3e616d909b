package eu.digilabs.hub.accounts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.accounts.oidc}.
 *
 * @param trustedEmailIssuers issuers ({@code iss} of the ID token) whose {@code email_verified}
 *     claim the hub believes. Only their logins reach accounts by email (new, replacing an
 *     unconfirmed one, or linking a confirmed one after proof); a login from any other issuer signs
 *     in only if its subject is already linked. Empty by default: nobody is trusted.
 */
@ConfigurationProperties("hub.accounts.oidc")
record OidcSettings(List<String> trustedEmailIssuers) {

  OidcSettings {
    trustedEmailIssuers =
        trustedEmailIssuers == null ? List.of() : List.copyOf(trustedEmailIssuers);
  }

  boolean trusts(@Nullable String issuer) {
    return issuer != null && trustedEmailIssuers.contains(issuer);
  }
}
