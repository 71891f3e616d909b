package eu.digilabs.hub.notifications;

/** How other modules tell people something: the only way into this module. */
public interface Notifications {

  /**
   * Mails an account holder (over SMTP when configured, always into the outbox); nothing for an
   * unknown account. Call it once the change that caused the mail has committed, so that a failed
   * write sends nothing.
   */
  void mail(long accountId, String subject, String body);
}
