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

  /** The one-click unsubscribe address (RFC 8058) of a mail sent to a list, such as digests. */
  @Column(name = "list_unsubscribe")
  private @Nullable String listUnsubscribe;

  @Column(name = "reply_to")
  private @Nullable String replyTo;

  /** Kept and waiting for delivery after its transaction committed (digests). */
  private boolean queued;

  /** A file the mail carries (an event's calendar entry): its name, type and text. */
  @Column(name = "attachment_name")
  private @Nullable String attachmentName;

  @Column(name = "attachment_type")
  private @Nullable String attachmentType;

  @Column(name = "attachment_content")
  private @Nullable String attachmentContent;

  /** The most text an attachment may hold (the column's size). */
  static final int ATTACHMENT_LIMIT = 200_000;

  /** A member's words to a lab: once delivered, the kept copy loses its text. */
  @Column(name = "private_body")
  private boolean privateBody;

  /** What the outbox keeps of a member's delivered message. */
  static final String PRIVATE = "(delivered; the text is kept in the sender's sent list only)";

  protected Mail() {}

  Mail(String recipient, String subject, String body) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = Instant.now();
  }

  Mail(String recipient, String subject, String body, @Nullable String listUnsubscribe) {
    this(recipient, subject, body);
    this.listUnsubscribe = listUnsubscribe;
    this.queued = true;
  }

  /** A member's message to a lab, answered by replying to the member. */
  static Mail onBehalf(String recipient, String replyTo, String subject, String body) {
    Mail mail = new Mail(recipient, subject, body);
    mail.replyTo = replyTo;
    mail.privateBody = true;
    mail.queued = true;
    return mail;
  }

  /** Attaches a file; one too large for the outbox is left out and the mail goes without it. */
  void attach(Notifications.Attachment attachment) {
    if (attachment.content().length() <= ATTACHMENT_LIMIT) {
      this.attachmentName = attachment.filename();
      this.attachmentType = attachment.contentType();
      this.attachmentContent = attachment.content();
    }
  }

  Notifications.@Nullable Attachment attachment() {
    return attachmentName == null || attachmentType == null || attachmentContent == null
        ? null
        : new Notifications.Attachment(attachmentName, attachmentType, attachmentContent);
  }

  /** Delivered, failed or kept without SMTP: no longer waiting. */
  void delivered() {
    this.queued = false;
  }

  /**
   * Marks the mail as delivered over SMTP and removes the secrets from the kept copy: the recipient
   * has them now, and nobody reading the outbox needs them.
   */
  void sent() {
    this.sentAt = Instant.now();
    this.body = privateBody ? PRIVATE : SecretLinks.redact(body);
    if (listUnsubscribe != null) {
      this.listUnsubscribe = SecretLinks.redact(listUnsubscribe);
    }
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

  @Nullable String listUnsubscribe() {
    return listUnsubscribe;
  }

  @Nullable String replyTo() {
    return replyTo;
  }

  boolean queued() {
    return queued;
  }

  @Nullable String error() {
    return error;
  }
}
