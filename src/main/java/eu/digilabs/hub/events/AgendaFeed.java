package eu.digilabs.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's private calendar feed of their agenda. Only the SHA-256 of the secret in its address
 * is kept; a new address revokes the old one.
 */
@Entity
@Table(name = "agenda_feed")
class AgendaFeed {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  protected AgendaFeed() {}

  AgendaFeed(long accountId, String tokenHash) {
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
  }

  void renew(String tokenHash) {
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
  }

  long accountId() {
    return accountId;
  }

  Instant createdAt() {
    return createdAt;
  }
}
