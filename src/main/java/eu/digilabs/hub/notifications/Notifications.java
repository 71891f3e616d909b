package eu.digilabs.hub.notifications;

import org.jspecify.annotations.Nullable;

/** How other modules tell people something: the only way into this module. */
public interface Notifications {

  /**
   * A file a mail carries, such as an event's calendar entry.
   *
   * @param filename the name mail clients show and save it under
   * @param contentType its media type, such as {@code text/calendar; method=PUBLISH}
   * @param content the file itself, as text (UTF-8)
   */
  record Attachment(String filename, String contentType, String content) {}

  /**
   * Mails an account holder (over SMTP when configured, always into the outbox); nothing for an
   * unknown account. Call it once the change that caused the mail has committed, so that a failed
   * write sends nothing.
   */
  default void mail(long accountId, String subject, String body) {
    mail(accountId, subject, body, null);
  }

  /** As {@link #mail(long, String, String)}, with a file attached when one is given. */
  void mail(long accountId, String subject, String body, @Nullable Attachment attachment);
}
