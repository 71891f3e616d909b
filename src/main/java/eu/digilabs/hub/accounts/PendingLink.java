package eu.digilabs.hub.accounts;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An identity-provider login that wants to reach an existing, confirmed account: kept in the
 * session until the person proves the account is theirs (its password, or the link mailed to its
 * address, opened in the same browser).
 *
 * @param registrationId the client registration the login came through
 * @param provider the provider's name as the sign-in page shows it
 * @param subject the provider's subject, prefixed with the registration id
 * @param accountId the account with the same email
 * @param email that account's address
 * @param tokenHash SHA-256 of the mailed confirmation token, once one was sent
 * @param tokenExpiresAt when that token stops working
 */
public record PendingLink(
    String registrationId,
    String provider,
    String subject,
    long accountId,
    String email,
    @Nullable String tokenHash,
    @Nullable Instant tokenExpiresAt)
    implements Serializable {

  /** Where the session keeps it. */
  public static final String SESSION_KEY = "hub.oidc.pendingLink";

  PendingLink withToken(String hash, Instant expiresAt) {
    return new PendingLink(registrationId, provider, subject, accountId, email, hash, expiresAt);
  }
}
