package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sessions as translation sees them: title and abstract, in the session's own language. */
@Component
class SessionTranslation implements TranslatableContent {

  private final EventService events;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  SessionTranslation(EventService events, Markdown markdown, JdbcClient jdbc) {
    this.events = events;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "session";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(
        () -> {
          SessionView session = events.session(id);
          return item(session, events.get(session.eventId()));
        });
  }

  @Override
  public List<Long> published() {
    return jdbc.sql(
            """
            select s.id from event_session s join hub_event e on e.id = s.event_id
            where e.publication <> 'DRAFT' and e.members_only = false and s.kind <> 'break'
            order by s.id
            """)
        .query(Long.class)
        .list();
  }

  TranslatableItem item(SessionView session, EventView event) {
    return new TranslatableItem(
        kind(),
        session.id(),
        session.version(),
        session.language(),
        EventTranslation.public_(event) && !session.isBreak(),
        events.mayManage(event.id()),
        session.title(),
        "/sessions/" + session.id(),
        () ->
            TranslatableFields.of(markdown)
                .text("title", session.title())
                .markdown("summary", session.summary()));
  }
}
