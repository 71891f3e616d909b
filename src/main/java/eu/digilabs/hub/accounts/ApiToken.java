package eu.digilabs.hub.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only its SHA-256 hash is stored; the token is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "account_id")
  private long accountId;

  private String name = "";

  @Column(name = "token_hash")
  private String tokenHash = "";

  private String prefix = "";

  @Column(name = "created_at")
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "last_used_at")
  private @Nullable Instant lastUsedAt;

  @Column(name = "revoked_at")
  private @Nullable Instant revokedAt;

  @Column(name = "expires_at")
  private Instant expiresAt = Instant.EPOCH;

  @Convert(converter = TokenScopeColumn.class)
  private TokenScope scope = TokenScope.WRITE;

  protected ApiToken() {}

  ApiToken(
      long accountId,
      String name,
      String tokenHash,
      String prefix,
      TokenScope scope,
      Instant expiresAt) {
    this.accountId = accountId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.scope = scope;
    this.createdAt = Instant.now();
    this.expiresAt = expiresAt;
  }

  void used(Instant when) {
    this.lastUsedAt = when;
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  boolean active() {
    return revokedAt == null;
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** The database's id; a token is listed only once it is saved. */
  Long id() {
    if (id == null) {
      throw new IllegalStateException("The token is not saved yet");
    }
    return id;
  }

  long accountId() {
    return accountId;
  }

  String name() {
    return name;
  }

  String prefix() {
    return prefix;
  }

  Instant createdAt() {
    return createdAt;
  }

  @Nullable Instant lastUsedAt() {
    return lastUsedAt;
  }

  @Nullable Instant revokedAt() {
    return revokedAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  TokenScope scope() {
    return scope;
  }
}
