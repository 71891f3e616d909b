package eu.digilabs.hub.accounts;

import java.time.Instant;

/** A mail in the outbox. */
public record MailView(
    long id,
    String recipient,
    String subject,
    String body,
    Instant createdAt,
    Instant sentAt,
    String error) {}
