package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.ContentTranslations.Panel;
import eu.digilabs.hub.translation.TranslatableFields;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What event and session pages show of translation. An event is written in its language when it has
 * exactly one (with several, nobody can tell which the description is in); a session in its own.
 * Members-only events stay on the machine: they are not sent to a provider.
 */
@Component
class EventTranslation {

  private final ContentTranslations translations;
  private final Markdown markdown;

  EventTranslation(ContentTranslations translations, Markdown markdown) {
    this.translations = translations;
    this.markdown = markdown;
  }

  Panel event(EventView event, @Nullable String wanted) {
    return translations.panel(
        ItemKeys.of("event", event.id()),
        event.version(),
        event.languages().size() == 1 ? event.languages().get(0) : null,
        !event.draft() && !event.membersOnly(),
        wanted,
        () ->
            TranslatableFields.of()
                .text("title", event.title())
                .html("description", html(event.description())));
  }

  Panel session(SessionView session, EventView event, @Nullable String wanted) {
    return translations.panel(
        ItemKeys.of("session", session.id()),
        session.version(),
        session.language(),
        !event.draft() && !event.membersOnly() && !session.isBreak(),
        wanted,
        () ->
            TranslatableFields.of()
                .text("title", session.title())
                .html("summary", html(session.summary())));
  }

  private @Nullable String html(@Nullable String text) {
    return text == null ? null : markdown.html(text);
  }
}
