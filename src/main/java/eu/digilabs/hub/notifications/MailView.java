package eu.digilabs.hub.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox; {@code sentAt} once SMTP delivered it, {@code error} if it failed. */
public record MailView(
    long id,
    String recipient,
    String subject,
    String body,
    Instant createdAt,
    @Nullable Instant sentAt,
    @Nullable String error) {}
