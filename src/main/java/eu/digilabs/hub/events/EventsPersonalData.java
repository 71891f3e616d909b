package eu.digilabs.hub.events;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events module's data about an account: registrations, session feedback, agenda bookmarks and
 * the private feed, speaker entries linked to the account and events it organises. On deletion the
 * seats in coming events go to those waiting, then the personal rows go; events and speaker entries
 * stay in the programme, no longer linked.
 */
@Component
class EventsPersonalData implements PersonalData {

  record RegistrationData(
      long eventId,
      String eventTitle,
      String attendance,
      String state,
      String language,
      OffsetDateTime registeredAt,
      OffsetDateTime confirmedAt,
      OffsetDateTime cancelledAt,
      OffsetDateTime attendedAt) {}

  record FeedbackData(
      long sessionId, String sessionTitle, int rating, String comment, OffsetDateTime createdAt) {}

  record SessionRef(long sessionId, String sessionTitle) {}

  record SpeakerData(
      long speakerId, long eventId, String name, String role, String organisation, String bio) {}

  record EventRef(long eventId, String title) {}

  private final JdbcClient jdbc;
  private final RegistrationService registrations;

  EventsPersonalData(JdbcClient jdbc, RegistrationService registrations) {
    this.jdbc = jdbc;
    this.registrations = registrations;
  }

  @Override
  public String section() {
    return "events";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "registrations",
        list(
            """
            select r.event_id, e.title as event_title, r.attendance, r.state, r.language,
                   r.registered_at, r.confirmed_at, r.cancelled_at, r.attended_at
            from event_registration r join hub_event e on e.id = r.event_id
            where r.account_id = ? order by r.registered_at
            """,
            accountId,
            RegistrationData.class));
    data.put(
        "sessionFeedback",
        list(
            """
            select f.session_id, s.title as session_title, f.rating, f.comment, f.created_at
            from session_feedback f join event_session s on s.id = f.session_id
            where f.account_id = ? order by f.created_at
            """,
            accountId,
            FeedbackData.class));
    data.put(
        "agendaBookmarks",
        list(
            """
            select b.session_id, s.title as session_title
            from session_bookmark b join event_session s on s.id = b.session_id
            where b.account_id = ? order by b.session_id
            """,
            accountId,
            SessionRef.class));
    data.put(
        "privateAgendaFeedCreatedAt",
        jdbc.sql("select created_at from agenda_feed where account_id = ?")
            .param(accountId)
            .query(OffsetDateTime.class)
            .optional()
            .orElse(null));
    data.put(
        "speakerEntries",
        list(
            """
            select id as speaker_id, event_id, name, role, organisation, bio
            from event_speaker where account_id = ? order by id
            """,
            accountId,
            SpeakerData.class));
    data.put(
        "organisedEvents",
        list(
            """
            select e.id as event_id, e.title from hub_event e
            where e.created_by = ? or exists (select 1 from event_organiser o
              where o.event_id = e.id and o.account_id = ?)
            order by e.id
            """,
            List.of(accountId, accountId),
            EventRef.class));
    return data;
  }

  @Override
  public void erase(long accountId) {
    registrations.withdraw(accountId);
    run("delete from event_registration where account_id = ?", accountId);
    run("delete from session_feedback where account_id = ?", accountId);
    run("delete from session_bookmark where account_id = ?", accountId);
    run("delete from agenda_feed where account_id = ?", accountId);
    run("delete from event_organiser where account_id = ?", accountId);
    run("update event_speaker set account_id = null where account_id = ?", accountId);
    run("update hub_event set created_by = null where created_by = ?", accountId);
  }

  private <T> List<T> list(String sql, long accountId, Class<T> type) {
    return list(sql, List.of(accountId), type);
  }

  private <T> List<T> list(String sql, List<Long> params, Class<T> type) {
    return jdbc.sql(sql).params(params).query(type).list();
  }

  private void run(String sql, long accountId) {
    jdbc.sql(sql).param(accountId).update();
  }
}
