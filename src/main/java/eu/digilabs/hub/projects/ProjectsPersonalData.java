package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projects module's data about an account: projects it created and its entries in change
 * histories. On deletion the projects stay; history entries keep no name and show a former member.
 */
@Component
class ProjectsPersonalData implements PersonalData {

  record ProjectRef(long projectId, String title) {}

  record ChangeData(long projectId, String action, String fields, OffsetDateTime changedAt) {}

  private final JdbcClient jdbc;

  ProjectsPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "projects";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "createdProjects",
        list(
            "select id as project_id, title from project where created_by = ? order by id",
            accountId,
            ProjectRef.class));
    data.put(
        "changes",
        list(
            """
            select project_id, action, fields, changed_at from project_change
            where account_id = ? order by changed_at
            """,
            accountId,
            ChangeData.class));
    return data;
  }

  @Override
  public void erase(long accountId) {
    jdbc.sql("update project_change set author = '', account_id = null where account_id = ?")
        .param(accountId)
        .update();
    jdbc.sql("update project set created_by = null where created_by = ?").param(accountId).update();
  }

  private <T> List<T> list(String sql, long accountId, Class<T> type) {
    return jdbc.sql(sql).param(accountId).query(type).list();
  }
}
