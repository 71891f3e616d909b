package eu.digilabs.hub.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail the hub sent or would have sent. */
@Entity
@Table(name = "outbox_mail")
class Mail {

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

  void sent() {
    this.sentAt = Instant.now();
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
