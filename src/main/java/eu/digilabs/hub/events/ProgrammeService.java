package eu.digilabs.hub.events;

import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's programme as its organisers write it: sessions (under the programme's rules) and their
 * materials.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

  private static final Set<String> MATERIAL_KINDS = Set.of("slides", "recording", "link");

  private final Sessions sessions;
  private final EventAccess access;
  private final ProgrammeRules rules;
  private final SessionViews views;
  private final ApplicationEventPublisher publisher;

  ProgrammeService(
      Sessions sessions,
      EventAccess access,
      ProgrammeRules rules,
      SessionViews views,
      ApplicationEventPublisher publisher) {
    this.sessions = sessions;
    this.access = access;
    this.rules = rules;
    this.views = views;
    this.publisher = publisher;
  }

  @Transactional
  public SessionView addSession(long eventId, SessionCommand command) {
    Event event = access.managed(eventId);
    EventSession session = new EventSession(event);
    rules.apply(event, session, command);
    sessions.save(session);
    event.add(session);
    sessions.flush();
    publisher.publishEvent(new EventChanged(eventId));
    return views.view(event, session);
  }

  @Transactional
  public SessionView updateSession(long sessionId, long version, SessionCommand command) {
    EventSession session = session(sessionId);
    Event event = access.managed(session.event().id());
    if (session.version() != version) {
      throw new Conflict("The session was changed by someone else since version " + version + ".");
    }
    rules.apply(event, session, command);
    sessions.flush();
    publisher.publishEvent(new EventChanged(event.id()));
    return views.view(event, session);
  }

  @Transactional
  public void deleteSession(long sessionId) {
    EventSession session = session(sessionId);
    access.managed(session.event().id());
    session.event().remove(session);
    sessions.delete(session);
    publisher.publishEvent(new EventChanged(session.event().id()));
  }

  /** Replaces a session's slides, recordings and links. */
  @Transactional
  public SessionView materials(long sessionId, List<SessionView.MaterialView> materials) {
    EventSession session = session(sessionId);
    Event event = access.managed(session.event().id());
    List<EventSession.Material> checked = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (SessionView.MaterialView m : materials) {
      // A JSON body may leave out a material or its kind: the caller's mistake, not ours.
      @Nullable String kind = m == null ? null : m.kind();
      if (m == null || kind == null || !MATERIAL_KINDS.contains(kind)) {
        problems.add(
            new FieldProblem("materials", "validation.unknownTerm", kind == null ? "" : kind));
      } else if (m.url() == null || !WebAddresses.valid(m.url())) {
        problems.add(new FieldProblem("materials", "events.error.url"));
      } else {
        String title = m.title() == null || m.title().isBlank() ? m.url() : m.title().strip();
        checked.add(
            new EventSession.Material(
                m.kind(), title.length() > 300 ? title.substring(0, 300) : title, m.url().strip()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    session.materials(checked);
    return views.view(event, session);
  }

  private EventSession session(long sessionId) {
    return sessions.findById(sessionId).orElseThrow(() -> EventAccess.notFound(sessionId));
  }
}
