package eu.digilabs.hub.notifications;

import eu.digilabs.hub.shared.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail over SMTP when {@code spring.mail.host} is set. Every mail is also kept in the outbox,
 * which admins can read. Once SMTP delivered a mail, its kept copy loses the secrets in its links
 * ({@link Mail#sent()}). Without SMTP the outbox is the delivery channel: an admin reads the link
 * there and passes it on, so there the links stay readable.
 *
 * <p>Mails to a list (digests) carry a one-click unsubscribe address ({@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post}, RFC 8058). They are queued in the transaction that decided them
 * and delivered after it committed ({@link #deliverQueued()}), so that a crash between the two
 * leaves a queued mail to deliver later, never a lost or a second one.
 */
@Component
class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@\"',;:]+@[^\\s<>\"',;]+");

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> sender;
  private final String from;
  private final MeterRegistry meters;
  private final ObjectProvider<Mailer> self;

  Mailer(
      ObjectProvider<Mailer> self,
      Outbox outbox,
      ObjectProvider<JavaMailSender> sender,
      MailSettings settings,
      MeterRegistry meters) {
    this.self = self;
    this.meters = meters;
    this.outbox = outbox;
    this.sender = sender;
    this.from = settings.from();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(String to, String subject, String body) {
    send(to, subject, body, null);
  }

  /** Sends a mail with a file attached (when one is given), kept in the outbox with it. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(
      String to, String subject, String body, Notifications.@Nullable Attachment attachment) {
    Mail mail = new Mail(to, subject, body);
    if (attachment != null) {
      mail.attach(attachment);
    }
    deliver(outbox.save(mail));
  }

  /** Keeps a list mail in the caller's transaction, to be delivered once it committed. */
  long queue(String to, String subject, String body, String listUnsubscribe) {
    Mail mail = outbox.save(new Mail(to, subject, body, listUnsubscribe));
    return mail.id() == null ? 0 : mail.id();
  }

  /**
   * Keeps a member's message to a lab in the caller's transaction, with the member as reply-to;
   * delivered once it committed. Once delivered, the outbox keeps no text.
   */
  long queueOnBehalf(String to, String replyTo, String subject, String body) {
    Mail mail = outbox.save(Mail.onBehalf(to, replyTo, subject, body));
    AfterCommit.run(this::deliverQueuedLater);
    return mail.id() == null ? 0 : mail.id();
  }

  private void deliverQueuedLater() {
    self.getObject().deliverQueued();
  }

  /**
   * Delivers the queued mails, oldest first, over one SMTP connection per call (a digest run sends
   * thousands); returns how many it tried.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public int deliverQueued() {
    List<Mail> queued = outbox.findTop200ByQueuedTrueOrderByIdAsc();
    deliver(queued);
    return queued.size();
  }

  private void deliver(Mail mail) {
    deliver(List.of(mail));
  }

  /** Sends the mails over one connection and notes each one's outcome on its kept copy. */
  private void deliver(List<Mail> mails) {
    mails.forEach(Mail::delivered);
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      mails.forEach(
          mail -> {
            log.info("No SMTP configured: mail {} kept in the outbox", mail.id());
            count("kept");
          });
      return;
    }
    Map<MimeMessage, Mail> messages = new LinkedHashMap<>();
    for (Mail mail : mails) {
      try {
        messages.put(message(smtp, mail), mail);
      } catch (MessagingException e) {
        failed(mail, e);
      }
    }
    if (messages.isEmpty()) {
      return;
    }
    Map<Object, Exception> failures = Map.of();
    try {
      smtp.send(messages.keySet().toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      failures = e.getFailedMessages();
      if (failures.isEmpty()) {
        messages.values().forEach(mail -> failed(mail, e));
        return;
      }
    } catch (MailException e) {
      messages.values().forEach(mail -> failed(mail, e));
      return;
    }
    for (Map.Entry<MimeMessage, Mail> sent : messages.entrySet()) {
      Exception failure = failures.get(sent.getKey());
      if (failure == null) {
        sent.getValue().sent();
        count("sent");
      } else {
        failed(sent.getValue(), failure);
      }
    }
  }

  private void failed(Mail mail, Exception e) {
    log.warn("Mail {} could not be sent: {}", mail.id(), withoutAddresses(e.getMessage()));
    mail.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    count("failed");
  }

  private MimeMessage message(JavaMailSender smtp, Mail mail) throws MessagingException {
    MimeMessage message = smtp.createMimeMessage();
    Notifications.Attachment attachment = mail.attachment();
    MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    if (attachment != null) {
      helper.addAttachment(
          attachment.filename(),
          new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
          attachment.contentType() + "; charset=UTF-8");
    }
    if (mail.replyTo() != null) {
      helper.setReplyTo(mail.replyTo());
    }
    if (mail.listUnsubscribe() != null) {
      message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    return message;
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
