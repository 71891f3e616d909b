package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events as translation sees them: title and description. An event is written in its language when
 * it has exactly one (with several, nobody can tell which the description is in). Drafts and
 * members-only events stay on the machine: they are not sent to a provider.
 */
@Component
class EventTranslation implements TranslatableContent {

  private final EventService events;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  EventTranslation(EventService events, Markdown markdown, JdbcClient jdbc) {
    this.events = events;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "event";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(events.get(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql(
            "select id from hub_event where publication <> 'DRAFT' and members_only = false"
                + " order by id")
        .query(Long.class)
        .list();
  }

  TranslatableItem item(EventView event) {
    return new TranslatableItem(
        kind(),
        event.id(),
        event.version(),
        language(event),
        public_(event),
        events.mayManage(event.id()),
        event.title(),
        "/events/" + event.id(),
        () ->
            TranslatableFields.of(markdown)
                .text("title", event.title())
                .markdown("description", event.description()));
  }

  static @org.jspecify.annotations.Nullable String language(EventView event) {
    return event.languages().size() == 1 ? event.languages().get(0) : null;
  }

  /** Whether everyone may read the event: published or cancelled, and not for members only. */
  static boolean public_(EventView event) {
    return !event.draft() && !event.membersOnly();
  }
}
