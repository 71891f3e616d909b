package eu.digilabs.hub.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail the hub sent or would have sent. */
@Entity
@Table(name = "outbox_mail")
class Mail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private String recipient = "";
  private String subject = "";
  private String body = "";

  @Column(name = "created_at")
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "sent_at")
  private @Nullable Instant sentAt;

  private @Nullable String error;

  protected Mail() {}

  Mail(String recipient, String subject, String body) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = Instant.now();
  }

  /**
   * Marks the mail as delivered over SMTP and removes the secrets from the kept copy: the recipient
   * has them now, and nobody reading the outbox needs them.
   */
  void sent() {
    this.sentAt = Instant.now();
    this.body = SecretLinks.redact(body);
  }

  void failed(String error) {
    this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  @Nullable Long id() {
    return id;
  }

  String recipient() {
    return recipient;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  Instant createdAt() {
    return createdAt;
  }

  @Nullable Instant sentAt() {
    return sentAt;
  }

  @Nullable String error() {
    return error;
  }
}
