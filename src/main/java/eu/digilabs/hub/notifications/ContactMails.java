package eu.digilabs.hub.notifications;

import org.springframework.stereotype.Component;

/**
 * Mails a member writes to a lab through the hub: to the lab's address, which the member never
 * sees, with the member's own address as reply-to, delivered after the message was recorded.
 */
@Component
public class ContactMails {

  private final Mailer mailer;

  ContactMails(Mailer mailer) {
    this.mailer = mailer;
  }

  public void send(String to, String replyTo, String subject, String body) {
    mailer.queueOnBehalf(to, replyTo, subject, body);
  }
}
