package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reuse module's data about an account: solutions it created, its entries in their change
 * histories, the uptakes it declared and the steps and notes it wrote. On deletion solutions and
 * uptakes stay (they are the labs' and organisations'); the account is unlinked and its history
 * entries and notes show a former member.
 */
@Component
class ReusePersonalData implements PersonalData {

  record SolutionRef(long solutionId, String name) {}

  record ChangeData(long solutionId, String action, String fields, OffsetDateTime changedAt) {}

  record UptakeRef(long uptakeId, long solutionId, String stage, OffsetDateTime declaredAt) {}

  record StepData(
      long uptakeId,
      String kind,
      @Nullable String stage,
      LocalDate effectiveOn,
      @Nullable String note,
      OffsetDateTime recordedAt) {}

  private final JdbcClient jdbc;

  ReusePersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "reuse";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "createdSolutions",
        list(
            "select id as solution_id, name from solution where created_by = ? order by id",
            accountId,
            SolutionRef.class));
    data.put(
        "solutionChanges",
        list(
            """
            select solution_id, action, fields, changed_at from solution_change
            where account_id = ? order by changed_at
            """,
            accountId,
            ChangeData.class));
    data.put(
        "declaredUptakes",
        list(
            """
            select id as uptake_id, solution_id, stage, declared_at from uptake
            where declared_by = ? order by declared_at
            """,
            accountId,
            UptakeRef.class));
    data.put(
        "uptakeSteps",
        list(
            """
            select uptake_id, kind, stage, effective_on, note, recorded_at from uptake_step
            where author_id = ? order by recorded_at
            """,
            accountId,
            StepData.class));
    return data;
  }

  @Override
  public void erase(long accountId) {
    jdbc.sql("update solution_change set author = '', account_id = null where account_id = ?")
        .param(accountId)
        .update();
    jdbc.sql("update solution set created_by = null where created_by = ?")
        .param(accountId)
        .update();
    jdbc.sql("update uptake set declared_by = null where declared_by = ?")
        .param(accountId)
        .update();
    jdbc.sql("update uptake_step set author = '', author_id = null where author_id = ?")
        .param(accountId)
        .update();
  }

  private <T> List<T> list(String sql, long accountId, Class<T> type) {
    return jdbc.sql(sql).param(accountId).query(type).list();
  }
}
