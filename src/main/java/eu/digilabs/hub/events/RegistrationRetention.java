package eu.digilabs.hub.events;

import eu.digilabs.hub.shared.retention.Retention;
import eu.digilabs.hub.shared.retention.RetentionProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the registrations (and session feedback) of events that ended longer ago than {@code
 * hub.retention.past-registrations}; the events themselves stay.
 */
@Component
class RegistrationRetention implements Retention {

  private final JdbcClient jdbc;

  RegistrationRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public long purge(RetentionProperties periods, Instant now) {
    var before = now.minus(periods.pastRegistrations()).atOffset(ZoneOffset.UTC);
    return jdbc.sql(
                """
                delete from event_registration where event_id in
                  (select id from hub_event where ends_at < ?)
                """)
            .param(before)
            .update()
        + jdbc.sql(
                """
                delete from session_feedback where session_id in (select s.id from event_session s
                  join hub_event e on e.id = s.event_id where e.ends_at < ?)
                """)
            .param(before)
            .update();
  }
}
