package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The knowledge module's data about an account: authored articles and revisions, article feedback,
 * enrolments with certificates, and failure reports. On deletion feedback, enrolments (and so their
 * certificates: a certificate names its holder, and keeping it verifiable would keep the name) and
 * unpublished reports go; published articles and reports stay, shown as by a former member.
 */
@Component
class KnowledgePersonalData implements PersonalData {

  record ArticleRef(long articleId, String title, String status) {}

  record RevisionRef(long articleId, int number, String note, OffsetDateTime createdAt) {}

  record FeedbackData(
      long articleId, String articleTitle, boolean helpful, String comment, OffsetDateTime at) {}

  record EnrolmentData(
      long courseId,
      String courseTitle,
      OffsetDateTime enrolledAt,
      OffsetDateTime completedAt,
      String certificateCode) {}

  record ReportRef(long reportId, String title, boolean anonymous, boolean published) {}

  private final JdbcClient jdbc;

  KnowledgePersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "knowledge";
  }

  @Override
  public Object export(long accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "authoredArticles",
        list(
            """
            select a.id as article_id, a.title, a.status from article a
            where a.created_by = ? or exists (select 1 from article_author w
              where w.article_id = a.id and w.account_id = ?)
            order by a.id
            """,
            accountId,
            accountId,
            ArticleRef.class));
    data.put(
        "articleRevisions",
        list(
            """
            select article_id, number, note, created_at from article_revision
            where author_id = ? order by article_id, number
            """,
            accountId,
            RevisionRef.class));
    data.put(
        "articleFeedback",
        list(
            """
            select f.article_id, a.title as article_title, f.helpful, f.comment, f.created_at as at
            from article_feedback f join article a on a.id = f.article_id
            where f.account_id = ? order by f.created_at
            """,
            accountId,
            FeedbackData.class));
    data.put(
        "enrolments",
        list(
            """
            select e.course_id, c.title as course_title, e.enrolled_at, e.completed_at,
                   e.certificate_code
            from enrolment e join course c on c.id = e.course_id
            where e.account_id = ? order by e.enrolled_at
            """,
            accountId,
            EnrolmentData.class));
    data.put(
        "failureReports",
        list(
            """
            select id as report_id, title, anonymous, published from failure_report
            where author_id = ? order by id
            """,
            accountId,
            ReportRef.class));
    return data;
  }

  @Override
  public void erase(long accountId) {
    run("delete from article_feedback where account_id = ?", accountId);
    run("delete from enrolment where account_id = ?", accountId);
    run("delete from failure_report where author_id = ? and published = false", accountId);
    run(
        "update article_revision set author_id = null, author_name = null where author_id = ?",
        accountId);
    run("update article set created_by = null where created_by = ?", accountId);
  }

  private <T> List<T> list(String sql, long accountId, Class<T> type) {
    return jdbc.sql(sql).param(accountId).query(type).list();
  }

  private <T> List<T> list(String sql, long first, long second, Class<T> type) {
    return jdbc.sql(sql).params(first, second).query(type).list();
  }

  private void run(String sql, long accountId) {
    jdbc.sql(sql).param(accountId).update();
  }
}
