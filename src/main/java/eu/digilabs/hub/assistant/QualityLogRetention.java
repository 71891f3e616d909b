package eu.digilabs.hub.assistant;

import eu.digilabs.hub.shared.retention.Retention;
import eu.digilabs.hub.shared.retention.RetentionProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes quality log entries and answer feedback older than {@code hub.retention.assistant-log}:
 * both hold what people typed.
 */
@Component
class QualityLogRetention implements Retention {

  private final JdbcClient jdbc;

  QualityLogRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public long purge(RetentionProperties periods, Instant now) {
    var before = now.minus(periods.assistantLog()).atOffset(ZoneOffset.UTC);
    return jdbc.sql("delete from assistant_log where asked_at < ?").param(before).update()
        + jdbc.sql("delete from assistant_feedback where given_at < ?").param(before).update();
  }
}
