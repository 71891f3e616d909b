package eu.digilabs.hub.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token without its secret. */
public record TokenView(
    long id,
    String name,
    String prefix,
    TokenScope scope,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }

  public boolean expired() {
    return !Instant.now().isBefore(expiresAt);
  }

  /** Whether the token still works: neither revoked nor expired. */
  public boolean usable() {
    return active() && !expired();
  }

  static TokenView of(ApiToken t) {
    return new TokenView(
        t.id(),
        t.name(),
        t.prefix(),
        t.scope(),
        t.createdAt(),
        t.expiresAt(),
        t.lastUsedAt(),
        t.revokedAt());
  }
}
