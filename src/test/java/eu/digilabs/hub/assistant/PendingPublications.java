package eu.digilabs.hub.assistant;

import org.springframework.jdbc.core.JdbcTemplate;

/** The module events whose listeners have not completed, for the message of a failed wait. */
record PendingPublications(JdbcTemplate jdbc) {

  @Override
  public String toString() {
    return jdbc.queryForList(
            "select listener_id, event_type from event_publication where completion_date is null")
        .toString();
  }
}
