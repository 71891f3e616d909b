package eu.digilabs.hub.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.mail}; the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from the sender of every mail the hub sends
 */
@ConfigurationProperties("hub.mail")
record MailSettings(String from) {

  MailSettings {
    from = from == null || from.isBlank() ? "Digilabs Hub <noreply@digilabs.localhost>" : from;
  }
}
