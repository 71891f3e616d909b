package eu.digilabs.hub.accounts;

import java.time.Instant;

/** A personal API token without its secret. */
public record TokenView(
    long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
