package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions a person asked and the answers they said helped them. On deletion questions stay
 * (others answered them) and name a former member; "helped me too" marks go.
 */
@Component
class QuestionPersonalData implements PersonalData {

  record QuestionData(long id, String title, @Nullable String body, Instant createdAt) {}

  record HelpedData(long postId, Instant createdAt) {}

  private final JdbcClient jdbc;

  QuestionPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "questions";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "questions",
        jdbc.sql(
                "select id, title, body, created_at from question where author_id = ?"
                    + " order by created_at")
            .param(accountId)
            .query(QuestionData.class)
            .list());
    data.put(
        "helped",
        jdbc.sql(
                "select post_id, created_at from answer_helped where account_id = ?"
                    + " order by created_at")
            .param(accountId)
            .query(HelpedData.class)
            .list());
    return data;
  }

  @Override
  public void erase(long accountId) {
    jdbc.sql("update question set author_id = null where author_id = ?").param(accountId).update();
    jdbc.sql("delete from answer_helped where account_id = ?").param(accountId).update();
  }
}
