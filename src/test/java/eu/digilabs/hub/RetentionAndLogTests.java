package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.shared.retention.RetentionJob;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Storage limitation (issue 12.6): the nightly retention job, logs without addresses or tokens, and
 * the privacy page's cookie and retention tables, which read the configured periods.
 */
@HubTest
@ExtendWith(OutputCaptureExtension.class)
class RetentionAndLogTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired JdbcClient jdbc;
  @Autowired RetentionJob retention;

  long id(String email) {
    return accounts.byEmail(email).orElseThrow().id();
  }

  List<String> subjectsTo(String email) {
    return jdbc.sql("select subject from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }

  List<String> bodiesTo(String email) {
    return jdbc.sql("select body from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }

  @Test
  void theRetentionJobDeletesOldRowsAndKeepsYoungOnes() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String oldMail = "retention-old-" + UUID.randomUUID() + "@example.org";
    String youngMail = "retention-young-" + UUID.randomUUID() + "@example.org";
    mail(oldMail, now.minusDays(31));
    mail(youngMail, now.minusDays(29));
    String oldQuestion = "old question " + UUID.randomUUID();
    String youngQuestion = "young question " + UUID.randomUUID();
    question(oldQuestion, now.minusDays(91));
    question(youngQuestion, now.minusDays(89));
    long longPast = pastEvent("Retention long past", now.minusDays(370));
    long recentPast = pastEvent("Retention recent past", now.minusDays(300));
    UUID oldPublication = publication(now.minusDays(8));
    UUID youngPublication = publication(now.minusDays(6));

    retention.run();

    assertThat(subjectsTo(oldMail)).isEmpty();
    assertThat(subjectsTo(youngMail)).hasSize(1);
    assertThat(count("assistant_log", "question", oldQuestion)).isZero();
    assertThat(count("assistant_log", "question", youngQuestion)).isOne();
    assertThat(count("event_registration", "event_id", longPast)).isZero();
    assertThat(count("event_registration", "event_id", recentPast)).isOne();
    assertThat(count("hub_event", "id", longPast)).isOne();
    assertThat(count("event_publication", "id", oldPublication)).isZero();
    assertThat(count("event_publication", "id", youngPublication)).isOne();
  }

  void mail(String recipient, OffsetDateTime at) {
    jdbc.sql(
            "insert into outbox_mail (recipient, subject, body, created_at) values (?, 's', 'b', ?)")
        .params(recipient, at)
        .update();
  }

  void question(String question, OffsetDateTime at) {
    jdbc.sql(
            """
            insert into assistant_log (answer_id, question, mode, declined, confidence, asked_at)
            values (?, ?, 'extractive', false, 0.5, ?)
            """)
        .params(UUID.randomUUID().toString(), question, at)
        .update();
  }

  /** An event that ended at {@code end}, with one registration. */
  long pastEvent(String title, OffsetDateTime end) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into hub_event (title, event_type, attendance_mode, time_zone, starts_at,
              ends_at, publication, created_at, updated_at)
            values (?, 'WORKSHOP', 'ONLINE', 'UTC', ?, ?, 'PUBLISHED', ?, ?)
            """)
        .params(title, end.minusHours(2), end, end, end)
        .update(keys, "id");
    long event = keys.getKey().longValue();
    String member = TestAccounts.member(context, "retention-" + event + "@example.org");
    jdbc.sql(
            """
            insert into event_registration (event_id, account_id, attendance, state, language,
              registered_at)
            values (?, ?, 'ONLINE', 'CONFIRMED', 'en', ?)
            """)
        .params(event, id(member), end.minusDays(10))
        .update();
    return event;
  }

  UUID publication(OffsetDateTime completed) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into event_publication (id, listener_id, event_type, serialized_event,
              publication_date, completion_date, status, completion_attempts)
            values (?, 'test.listener', 'test.Event', '{}', ?, ?, 'COMPLETED', 1)
            """)
        .params(id, completed.minusMinutes(1), completed)
        .update();
    return id;
  }

  long count(String table, String column, Object value) {
    return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
        .param(value)
        .query(Long.class)
        .single();
  }

  @Test
  void logsNameNoAddressAndNoToken(CapturedOutput output) throws Exception {
    String email = "log-" + UUID.randomUUID() + "@example.org";
    mvc.perform(
            post("/signup")
                .param("email", email)
                .param("displayName", "Logged")
                .param("password", "a long password 1")
                .param("passwordRepeat", "a long password 1")
                .with(csrf()))
        .andExpect(status().isOk());
    String verify = token(email, "/verify");
    mvc.perform(get("/verify").param("token", verify)).andExpect(status().isOk());
    mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
        .andExpect(status().isOk());
    String reset = token(email, "/password/reset");
    mvc.perform(
            post("/password/reset")
                .param("token", reset)
                .param("password", "another long password")
                .param("passwordRepeat", "another long password")
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/login").param("email", email).param("password", "wrong one").with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            post("/login")
                .param("email", email)
                .param("password", "another long password")
                .with(csrf()))
        .andExpect(redirectedUrl("/"));

    assertThat(output.getAll()).contains("kept in the outbox");
    assertThat(output.getAll()).doesNotContain(email, verify, reset);
  }

  String token(String email, String path) {
    List<String> bodies = bodiesTo(email);
    String body = bodies.get(bodies.size() - 1);
    Matcher matcher =
        Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  @Test
  void thePrivacyPageListsEveryCookieAndTheConfiguredRetentionPeriods() throws Exception {
    mvc.perform(get("/about/privacy").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<code>JSESSIONID</code>")))
        .andExpect(content().string(containsString("<code>hub-lang</code>")))
        .andExpect(content().string(containsString("<code>hub_tz</code>")))
        .andExpect(content().string(containsString("after 480 minutes without a request")))
        .andExpect(content().string(containsString("<td>30 days</td>")))
        .andExpect(content().string(containsString("<td>7 days</td>")))
        .andExpect(content().string(containsString("<td>365 days</td>")))
        .andExpect(content().string(containsString("<td>90 days</td>")));
    mvc.perform(get("/about/privacy").param("lang", "de"))
        .andExpect(content().string(containsString("Wie lange wir Daten speichern")))
        .andExpect(content().string(containsString("<td>30 Tage</td>")));
  }
}
