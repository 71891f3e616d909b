package eu.digilabs.hub.accounts;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.accounts.oidc}.
 *
 * @param trustedEmailIssuers issuers ({@code iss} of the ID token) whose {@code email_verified}
 *     claim the hub believes. Only their sign-ins create accounts or replace unconfirmed ones by
 *     email; an identity from any other issuer reaches an existing account only with proof (its
 *     password or a mailed link). Empty by default: nobody is trusted.
 */
@ConfigurationProperties("hub.accounts.oidc")
record OidcSettings(List<String> trustedEmailIssuers) {

  OidcSettings {
    trustedEmailIssuers =
        trustedEmailIssuers == null ? List.of() : List.copyOf(trustedEmailIssuers);
  }

  boolean trusts(String issuer) {
    return issuer != null && trustedEmailIssuers.contains(issuer);
  }
}
