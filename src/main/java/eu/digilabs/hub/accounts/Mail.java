package eu.digilabs.hub.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/** A mail the hub sent or would have sent. */
@Entity
@Table(name = "outbox_mail")
class Mail {

  /** Secrets in links (verification, reset and confirmation tokens), as query parameters. */
  private static final Pattern SECRET = Pattern.compile("([?&]token=)[^\\s&#]+");

  /** What stands in the kept body where a secret was. */
  static final String REDACTED = "***";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;
  private String subject;
  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  private String error;

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
    this.body = SECRET.matcher(body).replaceAll("$1" + REDACTED);
  }

  void failed(String error) {
    this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  Long id() {
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

  Instant sentAt() {
    return sentAt;
  }

  String error() {
    return error;
  }
}
