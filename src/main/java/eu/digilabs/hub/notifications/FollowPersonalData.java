package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the hub keeps about whom a person follows and what it told them: follows, digest settings,
 * notices and the record of digests sent. All of it is personal and goes with the account
 * (unsubscribe links too, which are never exported: they are secrets).
 */
@Component
class FollowPersonalData implements PersonalData {

  record FollowData(String item, Instant since) {}

  record SettingsData(String digest, String language, String timeZone) {}

  record NoticeData(
      String kind, String item, String title, Instant createdAt, @Nullable Instant readAt) {}

  record DigestData(String period, int items, Instant createdAt) {}

  private final JdbcClient jdbc;

  FollowPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "follows";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "follows",
        list(
            "select item_key as item, created_at as since from follow where account_id = ?"
                + " order by created_at",
            accountId,
            FollowData.class));
    data.put(
        "settings",
        list(
            "select digest, language, time_zone from notification_settings where account_id = ?",
            accountId,
            SettingsData.class));
    data.put(
        "notices",
        list(
            "select kind, item_key as item, title, created_at, read_at from notice"
                + " where account_id = ? order by created_at",
            accountId,
            NoticeData.class));
    data.put(
        "digests",
        list(
            "select period_key as period, items, created_at from digest where account_id = ?"
                + " order by created_at",
            accountId,
            DigestData.class));
    return data;
  }

  @Override
  public void erase(long accountId) {
    for (String table :
        List.of("follow", "notice", "notification_settings", "digest", "unsubscribe_link")) {
      jdbc.sql("delete from " + table + " where account_id = ?").param(accountId).update();
    }
  }

  private <T> List<T> list(String sql, long accountId, Class<T> type) {
    return jdbc.sql(sql).param(accountId).query(type).list();
  }
}
