package eu.digilabs.hub.notifications;

import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.HubProperties;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mails of notifications in the person's language: the digest (grouped, capped) and the
 * mail at once for what is addressed to them. Both end with the same footer: where to change the
 * settings, and the unsubscribe link that the {@code List-Unsubscribe} header repeats.
 */
@Component
class Letters {

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

  Letters(MessageSource messages, HubProperties hub) {
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
  }

  /** A digest: at most {@code cap} entries, then a link to the rest. */
  Letter write(String name, String language, List<Entry> entries, int cap, String token) {
    Locale locale = Locale.forLanguageTag(DigestSettings.language(language));
    StringBuilder body = new StringBuilder();
    body.append(t(locale, "notifications.digest.hello", name)).append("\n\n");
    body.append(t(locale, "notifications.digest.intro")).append("\n\n");
    for (Entry entry : entries.subList(0, Math.min(cap, entries.size()))) {
      body.append("- ");
      line(body, locale, entry);
    }
    if (entries.size() > cap) {
      body.append('\n')
          .append(t(locale, "notifications.digest.more"))
          .append("\n  ")
          .append(baseUrl)
          .append("/activity\n");
    }
    String unsubscribe = footer(body, locale, "notifications.digest.unsubscribe", token);
    String subject =
        t(
            locale,
            "notifications.digest.subject",
            entries.size() > cap ? cap + "+" : String.valueOf(entries.size()));
    return new Letter(subject, body.toString(), unsubscribe);
  }

  /** A mail at once: what is addressed to the person, with a moderator's note as written. */
  Letter now(String name, String language, Notice notice, String token) {
    Locale locale = Locale.forLanguageTag(DigestSettings.language(language));
    StringBuilder body = new StringBuilder();
    body.append(t(locale, "notifications.digest.hello", name)).append("\n\n");
    line(body, locale, new Entry(notice.kind(), notice.title(), notice.path(), notice.detailKey()));
    if (notice.note() != null) {
      body.append('\n').append(notice.note()).append('\n');
    }
    String unsubscribe = footer(body, locale, "notifications.mail.unsubscribe", token);
    String subject =
        t(locale, "notifications.mail.subject", t(locale, "notifications.kind." + notice.kind()));
    return new Letter(subject, body.toString(), unsubscribe);
  }

  private void line(StringBuilder body, Locale locale, Entry entry) {
    body.append(t(locale, "notifications.kind." + entry.kind().toLowerCase(Locale.ROOT)))
        .append(": ")
        .append(
            entry.title().length() > 200 ? entry.title().substring(0, 200) + "…" : entry.title());
    if (entry.detail() != null) {
      body.append(" (").append(messages.getMessage(entry.detail(), null, "", locale)).append(')');
    }
    body.append("\n  ").append(baseUrl).append(entry.path()).append('\n');
  }

  /** Appends the footer and returns the unsubscribe address it names. */
  private String footer(StringBuilder body, Locale locale, String unsubscribeKey, String token) {
    String unsubscribe = baseUrl + "/unsubscribe?token=" + token;
    body.append("\n-- \n")
        .append(t(locale, "notifications.digest.settings"))
        .append("\n  ")
        .append(baseUrl)
        .append("/profile/notifications\n")
        .append(t(locale, unsubscribeKey))
        .append("\n  ")
        .append(unsubscribe)
        .append('\n');
    return unsubscribe;
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
