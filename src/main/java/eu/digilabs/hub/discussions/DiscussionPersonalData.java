package eu.digilabs.hub.discussions;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's posts and reports. On deletion the posts stay in their discussions (others replied to
 * them) and name a former member; reports lose their reporter.
 */
@Component
class DiscussionPersonalData implements PersonalData {

  record PostData(
      long id, String item, String body, Instant createdAt, @Nullable Instant deletedAt) {}

  record ReportData(long postId, String reason, Instant createdAt) {}

  private final JdbcClient jdbc;
  private final Posts posts;

  DiscussionPersonalData(JdbcClient jdbc, Posts posts) {
    this.jdbc = jdbc;
    this.posts = posts;
  }

  @Override
  public String section() {
    return "discussions";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "posts",
        jdbc.sql(
                "select id, item_key as item, body, created_at, deleted_at from post"
                    + " where author_id = ? order by created_at")
            .param(accountId)
            .query(PostData.class)
            .list());
    data.put(
        "reports",
        jdbc.sql(
                "select post_id, reason, created_at from post_report where reporter_id = ?"
                    + " order by created_at")
            .param(accountId)
            .query(ReportData.class)
            .list());
    return data;
  }

  @Override
  public void erase(long accountId) {
    posts.unlinkAuthor(accountId);
    jdbc.sql("update post_report set reporter_id = null where reporter_id = ?")
        .param(accountId)
        .update();
    jdbc.sql("update post set hidden_by = null where hidden_by = ?").param(accountId).update();
  }
}
