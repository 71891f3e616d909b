package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The assistant over the demo content: the three example questions get cited answers in their
 * language; list questions use the taxonomy as filters and count; follow-ups keep the conversation;
 * absent and out-of-scope questions are declined; passages follow publishing, editing, unpublishing
 * and deleting; drafts, members-only events and the authors of anonymous failure reports never
 * appear; the API's errors, rate limit, feedback and quality logging.
 */
@HubTest
class AssistantTests {

  /** Each request comes from its own address, so the question limit counts only where meant. */
  static final String ADMIN = "admin@digilabs.localhost";

  static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AssistantService assistant;
  @Autowired AssistantEvaluation evaluation;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired ProjectService projects;
  @Autowired LabService labs;
  @Autowired AccountService accounts;
  @Autowired FailureReportService failures;
  @Autowired EventService events;
  @Autowired Catalogue catalogue;

  @BeforeEach
  void passagesCaughtUp() {
    awaitPassages();
  }

  /** Waits until every committed change has reached the passages (they follow asynchronously). */
  void awaitPassages() {
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> !evaluation.catchingUp());
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Still pending: " + new PendingPublications(jdbc), e);
    }
  }

  ResultActions ask(String question, String conversation) throws Exception {
    String body =
        json.writeValueAsString(
            conversation == null
                ? Map.of("question", question)
                : Map.of("question", question, "conversationId", conversation));
    return mvc.perform(
        post("/api/v1/assistant/answers")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(
                r -> {
                  r.setRemoteAddr("10.1.0." + ADDRESSES.getAndIncrement() % 250);
                  return r;
                }));
  }

  JsonNode answer(String question) throws Exception {
    return answer(question, null);
  }

  JsonNode answer(String question, String conversation) throws Exception {
    String body =
        ask(question, conversation)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  static List<String> citedTitles(JsonNode answer) {
    return answer.get("citations").valueStream().map(c -> c.get("title").asString()).toList();
  }

  /** Every sentence or list item of the text ends with citation marks. */
  static void everyStatementCited(Answer answer) {
    assertThat(answer.parts()).isNotEmpty();
    for (Answer.Part part : answer.parts()) {
      assertThat(part.citations()).as(part.text()).isNotEmpty();
      for (int n : part.citations()) {
        assertThat(n).isBetween(1, answer.citations().size());
      }
    }
  }

  @Test
  void theExampleQuestionsGetCitedAnswersInTheirLanguage() throws Exception {
    JsonNode labsOnChatbots = answer("Welche Labore arbeiten an Chatbots?");
    assertThat(labsOnChatbots.get("language").asString()).isEqualTo("de");
    assertThat(labsOnChatbots.get("declined").asBoolean()).isFalse();
    // The Saarland lab through its chatbot project, the Estonian lab through its profile, which
    // names virtual assistants (a synonym of chatbot).
    assertThat(labsOnChatbots.get("text").asString())
        .contains("Labore arbeiten daran (Chatbot / Conversational AI):")
        .contains("- Digitalisierungslabor Saarland: Chatbot für Bürgeranfragen [")
        .contains("Estonian Digital State Lab [");
    assertThat(citedTitles(labsOnChatbots))
        .contains(
            "Digitalisierungslabor Saarland",
            "Chatbot für Bürgeranfragen",
            "Estonian Digital State Lab");

    JsonNode eSignature = answer("What went wrong with e-signature pilots?");
    assertThat(eSignature.get("language").asString()).isEqualTo("en");
    assertThat(eSignature.get("mode").asString()).isEqualTo("extractive");
    assertThat(eSignature.get("text").asString()).contains("eID").contains("[1]");
    assertThat(citedTitles(eSignature)).contains("E-signature pilot that nobody could sign (demo)");
    JsonNode cited = eSignature.get("citations").get(0);
    assertThat(cited.get("type").asString()).isEqualTo("failure-report");
    assertThat(cited.get("url").asString()).matches("http://localhost/failure-reports/\\d+");
    assertThat(cited.get("passage").asString()).isNotBlank();

    JsonNode startALab = answer("Wie starte ich ein Digitalisierungslabor?");
    assertThat(startALab.get("language").asString()).isEqualTo("de");
    assertThat(startALab.get("declined").asBoolean()).isFalse();
    assertThat(citedTitles(startALab)).contains("Wie starte ich ein Digitalisierungslabor?");

    for (String q :
        List.of(
            "Welche Labore arbeiten an Chatbots?",
            "What went wrong with e-signature pilots?",
            "Wie starte ich ein Digitalisierungslabor?")) {
      everyStatementCited(assistant.ask(q, null, Locale.ENGLISH));
    }
  }

  @Test
  void listQuestionsFilterByTheTaxonomyAndCount() throws Exception {
    JsonNode none = answer("Which chatbot projects are live in Estonia?");
    assertThat(none.get("declined").asBoolean()).isTrue();
    assertThat(none.get("text").asString())
        .contains("I could not find any projects")
        .contains("Estonia")
        .contains("Live");
    assertThat(none.get("searchUrl").asString())
        .contains("country=EE")
        .contains("technology=chatbot")
        .contains("status=live");

    long lab = TestContent.lab(context, Fixtures.lab("Tallinna Vestlusrobotite Labor"));
    TestContent.publishedProject(
        context,
        project(
            "Kratt answers tax questions",
            "A virtual assistant answers questions about taxes.",
            lab,
            "EE",
            "live",
            "chatbot"));
    TestContent.publishedProject(
        context,
        project(
            "Wohngeld-Bot Kiel",
            "Ein Chatbot beantwortet Fragen zum Wohngeld.",
            lab,
            "DE",
            "live",
            "chatbot"));
    TestContent.publishedProject(
        context,
        project(
            "Kratt for parking permits",
            "A chatbot still being tested for parking permits.",
            lab,
            "EE",
            "pilot",
            "chatbot"));
    awaitPassages();

    JsonNode estonia = answer("Which chatbot projects are live in Estonia?");
    assertThat(estonia.get("declined").asBoolean()).isFalse();
    assertThat(estonia.get("count").asLong()).isEqualTo(1);
    assertThat(estonia.get("text").asString())
        .startsWith("I found one project (")
        .contains("Kratt answers tax questions")
        .doesNotContain("parking");

    JsonNode germany = answer("And in Germany?", estonia.get("conversationId").asString());
    assertThat(germany.get("conversationId").asString())
        .isEqualTo(estonia.get("conversationId").asString());
    assertThat(germany.get("count").asLong()).isEqualTo(1);
    assertThat(germany.get("text").asString()).contains("Wohngeld-Bot Kiel").contains("Germany");
    assertThat(citedTitles(germany)).containsExactly("Wohngeld-Bot Kiel");

    // A public service named in the question, by name or by OZG-ID, filters too.
    long elterngeld =
        catalogue.search("Elterngeld", 5).stream()
            .filter(s -> "10000".equals(s.key()))
            .findFirst()
            .orElseThrow()
            .id();
    TestContent.publishedProject(
        context,
        project(
            "Elterngeld in drei Klicks",
            "Eltern beantragen die Leistung online.",
            lab,
            "DE",
            "live",
            "process-automation",
            List.of(elterngeld)));
    awaitPassages();
    for (String q :
        List.of(
            "Welche Projekte gibt es zum Elterngeld?", "Which projects are about Elterngeld?")) {
      JsonNode byService = answer(q);
      assertThat(byService.get("count").asLong()).as(q).isEqualTo(1);
      assertThat(citedTitles(byService)).as(q).containsExactly("Elterngeld in drei Klicks");
      assertThat(byService.get("text").asString()).as(q).contains("Elterngeld");
    }
  }

  static ProjectCommand project(
      String title, String summary, long lab, String country, String status, String technology) {
    return project(title, summary, lab, country, status, technology, null);
  }

  static ProjectCommand project(
      String title,
      String summary,
      long lab,
      String country,
      String status,
      String technology,
      List<Long> services) {
    return Fixtures.project()
        .title(title)
        .summary(summary)
        .language("en")
        .lab(lab)
        .country(country)
        .status(status)
        .technologies(technology)
        .services(services)
        .build();
  }

  @Test
  void absentAndOutOfScopeQuestionsAreDeclined() throws Exception {
    for (String q :
        List.of(
            "What will the weather be like in Berlin tomorrow?",
            "Should I take out a mortgage for my house?",
            "Wie spät ist es in Tokio?",
            "Which labs work on quantum computing?")) {
      JsonNode declined = answer(q);
      assertThat(declined.get("declined").asBoolean()).as(q).isTrue();
      assertThat(declined.get("citations").size()).as(q).isZero();
      assertThat(declined.get("text").asString())
          .as(q)
          .containsAnyOf("I could not find", "Das habe ich im Hub nicht gefunden");
      assertThat(declined.get("searchUrl").asString()).startsWith("http://localhost/search?");
    }
  }

  @Test
  void passagesFollowPublishingEditingUnpublishingAndDeleting() throws Exception {
    String question = "What is the Zauberwürfelamt?";
    assertThat(answer(question).get("declined").asBoolean()).isTrue();

    long lab = TestContent.lab(context, Fixtures.lab("Labor für Zauberwürfel"));
    long id =
        TestContent.publishedProject(
            context,
            Fixtures.project(
                "Zauberwürfelamt online",
                "The Zauberwürfelamt solves every permit in six moves.",
                "en",
                lab,
                List.of()));
    awaitPassages();
    JsonNode published = answer(question);
    assertThat(published.get("declined").asBoolean()).isFalse();
    assertThat(published.get("text").asString()).contains("six moves");

    TestAccounts.acting(
        context,
        ADMIN,
        () -> {
          var current = projects.get(id);
          ProjectCommand changed =
              Fixtures.project(
                  "Zauberwürfelamt online",
                  "The Zauberwürfelamt now solves every permit in four moves.",
                  "en",
                  lab,
                  List.of());
          return projects.update(id, current.version(), changed);
        });
    awaitPassages();
    assertThat(answer(question).get("text").asString())
        .contains("four moves")
        .doesNotContain("six moves");

    TestAccounts.acting(context, ADMIN, () -> projects.unpublish(id));
    awaitPassages();
    assertThat(answer(question).get("declined").asBoolean()).isTrue();

    TestAccounts.acting(context, ADMIN, () -> projects.publish(id));
    awaitPassages();
    assertThat(answer(question).get("declined").asBoolean()).isFalse();

    TestAccounts.acting(
        context,
        ADMIN,
        () -> {
          projects.delete(id);
          return null;
        });
    awaitPassages();
    assertThat(answer(question).get("declined").asBoolean()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from assistant_passage where group_key = ?",
                Long.class,
                "project:" + id))
        .isZero();
  }

  @Test
  void draftsMembersOnlyEventsAndAnonymousAuthorsNeverAppear() throws Exception {
    String author = TestAccounts.member(context, "assistant-whistle@example.org");
    long lab = TestContent.labWithEditor(context, "Verschwiegenes Labor Bernstein", author);
    long report =
        TestAccounts.acting(
            context,
            author,
            () -> {
              projects.create(
                  Fixtures.project(
                      "Bernsteinzimmer Entwurf",
                      "A draft about the Bernsteinzimmerportal.",
                      "en",
                      lab,
                      List.of()));
              long id =
                  failures
                      .create(
                          new FailureReportCommand(
                              "Flaschenpost pilot sank (demo)",
                              "We sent permits by Flaschenpost.",
                              "No Flaschenpost ever arrived at the office.",
                              List.of("technology"),
                              "Use the post office.",
                              "Flaschenpost is no channel for permits.",
                              "test",
                              null,
                              lab,
                              null,
                              "en",
                              true,
                              null))
                      .id();
              failures.publish(id, true);
              return id;
            });
    LocalDateTime start = LocalDateTime.now().plusDays(30).withHour(10).withMinute(0);
    TestContent.event(
        context,
        new EventCommand(
            "Geheimtreffen Seidenraupe",
            "Only for members: the Seidenraupenverfahren.",
            "workshop",
            "online",
            null,
            null,
            "Europe/Berlin",
            start,
            start.plusHours(2),
            List.of(lab),
            List.of("en"),
            null,
            null,
            null,
            null,
            true,
            null,
            null),
        true);
    awaitPassages();

    assertThat(answer("What is the Bernsteinzimmerportal?").get("declined").asBoolean()).isTrue();
    assertThat(answer("What is the Seidenraupenverfahren?").get("declined").asBoolean()).isTrue();

    JsonNode anonymous = answer("What went wrong with the Flaschenpost pilot?");
    assertThat(anonymous.get("declined").asBoolean()).isFalse();
    assertThat(citedTitles(anonymous)).contains("Flaschenpost pilot sank (demo)");
    String whole = anonymous.toString();
    assertThat(whole)
        .doesNotContain("Verschwiegenes Labor Bernstein")
        .doesNotContain("assistant-whistle")
        .doesNotContain("Test assistant-whistle");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from assistant_passage where source_type = 'failure-report'"
                    + " and source_id = ? and lab_id is not null",
                Long.class,
                report))
        .isZero();
  }

  @Test
  void badQuestionsAreProblemsAndTooManyAre429() throws Exception {
    mvc.perform(
            post("/api/v1/assistant/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"   \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("question"));
    ask("x".repeat(501), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("question"));
    mvc.perform(
            post("/api/v1/assistant/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("not json"))
        .andExpect(status().isBadRequest());
    // An unknown conversation starts a new one.
    JsonNode fresh = answer("What is BAföG Digital?", "no-such-conversation");
    assertThat(fresh.get("conversationId").asString()).isNotEqualTo("no-such-conversation");

    for (int i = 0; i < 20; i++) {
      mvc.perform(
              post("/api/v1/assistant/answers")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"question\":\"What is BAföG Digital?\"}")
                  .with(
                      r -> {
                        r.setRemoteAddr("10.2.0.1");
                        return r;
                      }))
          .andExpect(status().isOk());
    }
    mvc.perform(
            post("/api/v1/assistant/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"What is BAföG Digital?\"}")
                .with(
                    r -> {
                      r.setRemoteAddr("10.2.0.1");
                      return r;
                    }))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Too many requests"));
    // Someone else is not held up.
    ask("What is BAföG Digital?", null).andExpect(status().isOk());
  }

  @Test
  void answersTakeFeedbackOnceAndQuestionsAreLoggedOnlyWhenAdminsSaySo() throws Exception {
    long logged = jdbc.queryForObject("select count(*) from assistant_log", Long.class);
    JsonNode first = answer("What is BAföG Digital?");
    assertThat(jdbc.queryForObject("select count(*) from assistant_log", Long.class))
        .isEqualTo(logged);
    String feedback = "/api/v1/assistant/answers/" + first.get("answerId").asString() + "/feedback";
    mvc.perform(
            post(feedback)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"helpful\":true,\"comment\":\"Short and to the point\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(
            post(feedback).contentType(MediaType.APPLICATION_JSON).content("{\"helpful\":false}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/assistant/answers/no-such-answer/feedback")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"helpful\":true}"))
        .andExpect(status().isNotFound());

    var settings = assistant.settings();
    TestAccounts.acting(context, ADMIN, () -> assistant.qualityLogging(true, settings.version()));
    try {
      answer("Wie starte ich ein Digitalisierungslabor?");
      List<String> columns =
          jdbc.queryForList(
              "select lower(column_name) from information_schema.columns"
                  + " where lower(table_name) = 'assistant_log'",
              String.class);
      assertThat(columns).doesNotContain("account_id", "address", "ip", "remote_addr");
      assertThat(
              jdbc.queryForList(
                  "select question from assistant_log order by id desc limit 1", String.class))
          .containsExactly("Wie starte ich ein Digitalisierungslabor?");
      var log = TestAccounts.acting(context, ADMIN, () -> assistant.logged(10));
      assertThat(log.get(0).citations()).startsWith("article:");
    } finally {
      TestAccounts.acting(
          context, ADMIN, () -> assistant.qualityLogging(false, assistant.settings().version()));
    }
    assertThat(jdbc.queryForObject("select count(*) from assistant_log", Long.class)).isZero();
    mvc.perform(
            post("/admin/assistant/logging")
                .param("on", "true")
                .param("version", "0")
                .with(csrf())
                .with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(assistant.settings().qualityLogging()).isFalse();
  }

  @Test
  void thePageWorksWithoutJavaScriptAndKeepsTheConversation() throws Exception {
    String location =
        mvc.perform(
                post("/assistant")
                    .param("question", "Which projects are live in Germany?")
                    .param("lang", "en")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String conversation = location.replaceAll(".*c=([0-9a-f]+).*", "$1");
    mvc.perform(
            post("/assistant")
                .param("question", "And in Switzerland?")
                .param("c", conversation)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/assistant").param("c", conversation).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("aria-live=\"polite\"")))
        .andExpect(content().string(containsString("Which projects are live in Germany?")))
        .andExpect(content().string(containsString("BAföG Digital")))
        .andExpect(content().string(containsString("And in Switzerland?")))
        .andExpect(content().string(containsString("href=\"/projects/")))
        .andExpect(content().string(containsString("Was this answer helpful?")));

    mvc.perform(post("/assistant").param("question", " ").param("lang", "en").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"question-error\"")))
        .andExpect(content().string(containsString("Please enter a question.")));
    mvc.perform(post("/assistant").param("question", "What is BAföG?"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/search").param("q", "Chatbot").param("lang", "de"))
        .andExpect(content().string(containsString("Den Hub fragen")))
        .andExpect(content().string(containsString("action=\"/assistant\"")));
  }

  @Test
  void theStreamSendsTheTurnForTheScript() throws Exception {
    var result =
        mvc.perform(
                post("/assistant/stream")
                    .param("question", "What went wrong with e-signature pilots?")
                    .param("lang", "en")
                    .with(csrf()))
            .andExpect(MockMvcResultMatchers.request().asyncStarted())
            .andReturn();
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> result.getResponse().getContentAsString().contains("event:turn"));
    String stream = result.getResponse().getContentAsString();
    assertThat(stream).contains("event:conversation").contains("eID").contains("source-");
    mvc.perform(post("/assistant/stream").param("question", "").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("question"));
  }

  @Test
  void nastyQuestionsGetAnswersOrClearErrorsNeverAServerError() throws Exception {
    List<String> nasty = Files.readAllLines(Path.of("src/test/resources/nasty-queries.txt"));
    for (String q : nasty) {
      int status = ask(q, null).andReturn().getResponse().getStatus();
      assertThat(status).as(q).isIn(200, 400);
    }
    for (String q : nasty.subList(0, Math.min(40, nasty.size()))) {
      int status =
          mvc.perform(
                  post("/assistant")
                      .param("question", q)
                      .with(csrf())
                      .with(
                          r -> {
                            r.setRemoteAddr("10.3.0." + ADDRESSES.getAndIncrement() % 250);
                            return r;
                          }))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as(q).isIn(200, 302);
    }
  }
}
