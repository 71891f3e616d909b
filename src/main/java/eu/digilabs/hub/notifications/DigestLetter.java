package eu.digilabs.hub.notifications;

import eu.digilabs.hub.shared.HubProperties;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a digest mail in the person's language: grouped, capped, with its unsubscribe link. */
@Component
class DigestLetter {

  /**
   * One line of a digest.
   *
   * @param kind an activity kind ({@code PUBLISHED}) or a notice kind ({@code uptake})
   * @param detail the message key of a notice's detail, null for activities
   */
  record Entry(String kind, String title, String path, @Nullable String detail) {}

  /** The mail, and the one-click address for its {@code List-Unsubscribe} header. */
  record Letter(String subject, String body, String unsubscribe) {}

  private final MessageSource messages;
  private final String baseUrl;

  DigestLetter(MessageSource messages, HubProperties hub) {
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
  }

  Letter write(String name, String language, List<Entry> entries, int cap, String token) {
    Locale locale = Locale.forLanguageTag(DigestSettings.language(language));
    String unsubscribe = baseUrl + "/unsubscribe?token=" + token;
    StringBuilder body = new StringBuilder();
    body.append(t(locale, "notifications.digest.hello", name)).append("\n\n");
    body.append(t(locale, "notifications.digest.intro")).append("\n\n");
    for (Entry entry : entries.subList(0, Math.min(cap, entries.size()))) {
      body.append("- ")
          .append(t(locale, "notifications.kind." + entry.kind().toLowerCase(Locale.ROOT)))
          .append(": ")
          .append(
              entry.title().length() > 200 ? entry.title().substring(0, 200) + "…" : entry.title());
      if (entry.detail() != null) {
        body.append(" (").append(messages.getMessage(entry.detail(), null, "", locale)).append(')');
      }
      body.append("\n  ").append(baseUrl).append(entry.path()).append('\n');
    }
    if (entries.size() > cap) {
      body.append('\n')
          .append(t(locale, "notifications.digest.more"))
          .append("\n  ")
          .append(baseUrl)
          .append("/activity\n");
    }
    body.append("\n-- \n")
        .append(t(locale, "notifications.digest.settings"))
        .append("\n  ")
        .append(baseUrl)
        .append("/profile/notifications\n")
        .append(t(locale, "notifications.digest.unsubscribe"))
        .append("\n  ")
        .append(unsubscribe)
        .append('\n');
    String subject =
        t(
            locale,
            "notifications.digest.subject",
            entries.size() > cap ? cap + "+" : String.valueOf(entries.size()));
    return new Letter(subject, body.toString(), unsubscribe);
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
