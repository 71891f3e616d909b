package eu.digilabs.hub.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail over SMTP when {@code spring.mail.host} is set. Every mail is also kept in the outbox,
 * which admins can read. Once SMTP delivered a mail, its kept copy loses the secrets in its links
 * ({@link Mail#sent()}). Without SMTP the outbox is the delivery channel: an admin reads the link
 * there and passes it on, so there the links stay readable.
 */
@Component
class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@\"',;:]+@[^\\s<>\"',;]+");

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> sender;
  private final String from;
  private final MeterRegistry meters;

  Mailer(
      Outbox outbox,
      ObjectProvider<JavaMailSender> sender,
      MailSettings settings,
      MeterRegistry meters) {
    this.meters = meters;
    this.outbox = outbox;
    this.sender = sender;
    this.from = settings.from();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(String to, String subject, String body) {
    Mail mail = outbox.save(new Mail(to, subject, body));
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      log.info("No SMTP configured: mail {} kept in the outbox", mail.id());
      count("kept");
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    try {
      smtp.send(message);
      mail.sent();
      count("sent");
    } catch (MailException e) {
      log.warn("Mail {} could not be sent: {}", mail.id(), withoutAddresses(e.getMessage()));
      mail.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      count("failed");
    }
  }

  /** Logs name no one: a mail server's message often repeats the recipient's address. */
  static String withoutAddresses(@Nullable String text) {
    return text == null ? "" : ADDRESS.matcher(text).replaceAll("[address]");
  }

  /** hub.mails: mails by outcome (sent, failed, kept in the outbox only). */
  private void count(String outcome) {
    meters.counter("hub.mails", "outcome", outcome).increment();
  }
}
