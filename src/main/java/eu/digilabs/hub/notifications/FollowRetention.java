package eu.digilabs.hub.notifications;

import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.retention.Retention;
import eu.digilabs.hub.shared.retention.RetentionProperties;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes feed entries, read notices, digest records and unsubscribe links older than {@code
 * hub.retention.activity}. Unread notices stay until they are read or the account goes.
 */
@Component
class FollowRetention implements Retention {

  private final JdbcClient jdbc;

  FollowRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public long purge(RetentionProperties periods, Instant now) {
    var before = SqlTime.of(now.minus(periods.activity()));
    long purged = jdbc.sql("delete from activity where recorded_at < ?").param(before).update();
    purged +=
        jdbc.sql("delete from notice where read_at is not null and created_at < ?")
            .param(before)
            .update();
    purged += jdbc.sql("delete from digest where created_at < ?").param(before).update();
    purged += jdbc.sql("delete from unsubscribe_link where created_at < ?").param(before).update();
    return purged;
  }
}
