package eu.digilabs.hub.labs;

import eu.digilabs.hub.accounts.LabWithoutEditor;
import eu.digilabs.hub.notifications.Notifications;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.Languages;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a lab's remaining members and the admins that the lab's last editor deleted their account,
 * so that someone names a new editor. The hub keeps no language per account: the mail is in German
 * and English.
 */
@Component
class LastEditorLeft {

  private static final Locale[] LANGUAGES = Languages.SUPPORTED.toArray(Locale[]::new);

  private final Labs labs;
  private final Notifications notifications;
  private final MessageSource messages;
  private final String baseUrl;

  LastEditorLeft(
      Labs labs, Notifications notifications, MessageSource messages, HubProperties hub) {
    this.labs = labs;
    this.notifications = notifications;
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
  }

  @ApplicationModuleListener
  void on(LabWithoutEditor orphaned) {
    labs.findById(orphaned.labId())
        .ifPresent(
            lab -> {
              Object[] args = {lab.name(), baseUrl + "/labs/" + lab.id()};
              String subject = text("mail.labWithoutEditor.subject", args, " / ");
              String body = text("mail.labWithoutEditor.body", args, "\n\n----\n\n");
              orphaned.recipients().forEach(id -> notifications.mail(id, subject, body));
            });
  }

  private String text(String key, Object[] args, String separator) {
    StringBuilder text = new StringBuilder();
    for (Locale language : LANGUAGES) {
      if (!text.isEmpty()) {
        text.append(separator);
      }
      text.append(messages.getMessage(key, args, language));
    }
    return text.toString();
  }
}
