package eu.digilabs.hub.cooperation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.StatementGrowth;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.shared.SqlTime;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The feed, the lab's activity, the notifications page and an item's discussion issue as many SQL
 * statements for 1,000 entries or posts as for 100 (and at most one more than for 10): no query per
 * entry, post or author.
 */
@HubTest
@TestPropertySource(
    properties = {
      "spring.jpa.properties.hibernate.generate_statistics=true",
      "hub.demo.enabled=false",
      "hub.search.embeddings=false"
    })
class CooperationStatementCountTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired JdbcClient jdbc;
  @Autowired AccountService accounts;

  String reader;
  long lab;
  long project;
  List<Long> authors;
  int activities;
  int posts;

  @Test
  void feedsAndDiscussionsIssueAConstantNumberOfStatements() {
    reader = TestAccounts.member(context, "count-reader@example.org");
    lab = TestContent.lab(context, Fixtures.lab("Counted lab"));
    project =
        TestContent.publishedProject(context, Fixtures.project("Counted project", lab, List.of()));
    authors =
        List.of("count-a@example.org", "count-b@example.org", "count-c@example.org").stream()
            .map(email -> accounts.byEmail(TestAccounts.member(context, email)).orElseThrow().id())
            .toList();
    long readerId = accounts.byEmail(reader).orElseThrow().id();
    jdbc.sql("insert into follow (account_id, item_key, created_at) values (?, ?, ?)")
        .params(readerId, "lab:" + lab, SqlTime.of(Instant.now()))
        .update();
    List<String> pages =
        List.of(
            "/activity",
            "/labs/" + lab,
            "/notifications",
            "/projects/" + project,
            "/api/v1/activity",
            "/api/v1/discussions/project:" + project + "/posts");
    growTo(10, readerId);
    Map<String, Long> ten = statements(pages);
    growTo(100, readerId);
    Map<String, Long> hundred = statements(pages);
    growTo(1000, readerId);
    Map<String, Long> thousand = statements(pages);
    StatementGrowth.assertConstant("cooperation", "entries", ten, hundred, thousand);
  }

  /** Activity about the lab, notices for the reader, posts with replies on the project. */
  void growTo(int count, long readerId) {
    Instant now = Instant.now();
    for (; activities < count; activities++) {
      jdbc.sql(
              "insert into activity (item_key, kind, title, path, audience, recorded_at)"
                  + " values (?, 'CHANGED', ?, ?, 'PUBLIC', ?)")
          .params(
              "project:" + project,
              "Counted project " + activities,
              "/projects/" + project,
              SqlTime.of(now.minusSeconds(activities)))
          .update();
      long activity = jdbc.sql("select max(id) from activity").query(Long.class).single();
      jdbc.sql("insert into activity_topic (activity_id, topic) values (?, ?)")
          .params(activity, "lab:" + lab)
          .update();
      jdbc.sql(
              "insert into notice (account_id, kind, item_key, title, path, created_at)"
                  + " values (?, 'reply', ?, ?, ?, ?)")
          .params(
              readerId,
              "project:" + project,
              "Counted project",
              "/projects/" + project,
              SqlTime.of(now.minusSeconds(activities)))
          .update();
    }
    for (; posts < count; posts++) {
      Long replyTo =
          posts % 3 == 0
              ? null
              : jdbc.sql("select max(id) from post where item_key = ? and reply_to_id is null")
                  .param("project:" + project)
                  .query(Long.class)
                  .single();
      jdbc.sql(
              "insert into post (item_key, item_title, item_path, author_id, reply_to_id, body,"
                  + " created_at) values (:key, 'Counted project', :path, :author, :reply,"
                  + " :body, :at)")
          .param("key", "project:" + project)
          .param("path", "/projects/" + project)
          .param("author", authors.get(posts % authors.size()))
          .param("reply", replyTo)
          .param("body", "Post **" + posts + "** on the project")
          .param("at", SqlTime.of(now.plusMillis(posts)))
          .update();
    }
  }

  Map<String, Long> statements(List<String> pages) {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      for (String page : pages) {
        mvc.perform(get(page).with(TestAccounts.as(context, reader))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(page).with(TestAccounts.as(context, reader))).andExpect(status().isOk());
        counts.put(page, statistics.getPrepareStatementCount());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
