package eu.digilabs.hub.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as pages and other modules see it (never its secrets). */
public record AccountView(
    long id,
    String email,
    String displayName,
    @Nullable String organisation,
    @Nullable String languages,
    @Nullable String expertise,
    boolean admin,
    boolean verified,
    boolean demo,
    Instant createdAt,
    @Nullable Instant lockedUntil,
    boolean disabled) {

  static AccountView of(Account a) {
    return new AccountView(
        a.id(),
        a.email(),
        a.displayName(),
        a.organisation(),
        a.languages(),
        a.expertise(),
        a.admin(),
        a.emailVerified(),
        a.demo(),
        a.createdAt(),
        a.lockedUntil(),
        a.disabled());
  }
}
