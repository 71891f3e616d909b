package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.events.EventFixtures;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectService;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** List pages and API lists issue the same number of SQL statements for 10 rows as for 1,000. */
@HubTest
@TestPropertySource(
    properties = {
      "spring.jpa.properties.hibernate.generate_statistics=true",
      "hub.demo.enabled=false"
    })
class StatementCountTests {

  static final List<String> LISTS =
      List.of(
          "/projects",
          "/projects?technology=chatbot&country=DE",
          "/api/v1/projects?size=100",
          "/labs",
          "/api/v1/labs?size=100",
          "/");

  @Autowired MockMvc mvc;
  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired ApplicationContext context;

  int created;

  void growTo(int count, List<Long> labIds) {
    for (; created < count; created++) {
      long lead = labIds.get(created % labIds.size());
      TestContent.publishedProject(
          context,
          Fixtures.project()
              .title("Project " + created)
              .summary("Summary " + created)
              .lab(lead)
              .partners(List.of(labIds.get((created + 1) % labIds.size())))
              .country("DE")
              .level("municipal")
              .policyAreas("ozg-03", "cofog-10")
              .technologies("chatbot", "ai")
              .phase("test")
              .status("live")
              .stakeholders("citizens")
              .disciplines("it")
              .link("Site", "https://example.org/" + created)
              .language("de")
              .build());
    }
  }

  /**
   * The assistant writes passages in the background after each change; the statistics count every
   * statement of the process, so measuring waits until that work is done.
   */
  void quiet() {
    var assistant = context.getBean(AssistantService.class);
    Awaitility.await().atMost(Duration.ofMinutes(3)).until(assistant::passagesIdle);
  }

  Map<String, Long> statements() throws Exception {
    quiet();
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String list : LISTS) {
      mvc.perform(get(list)).andExpect(status().isOk());
      statistics.clear();
      mvc.perform(get(list)).andExpect(status().isOk());
      counts.put(list, statistics.getPrepareStatementCount());
    }
    return counts;
  }

  @Test
  void listsIssueAConstantNumberOfStatements() throws Exception {
    List<Long> labIds = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      labIds.add(TestContent.lab(context, Fixtures.lab("Lab " + i)));
    }
    growTo(10, labIds);
    Map<String, Long> ten = statements();
    growTo(100, labIds);
    Map<String, Long> hundred = statements();
    growTo(1000, labIds);
    Map<String, Long> thousand = statements();
    StatementGrowth.assertConstant("list", "projects", ten, hundred, thousand);
    assertThat(thousand.get("/projects")).isLessThanOrEqualTo(10);
  }

  @Autowired EventService events;

  /** A published event with {@code sessions} half-hour talks, each with a speaker and a room. */
  long eventWith(long lab, int sessions) {
    LocalDateTime start = LocalDateTime.of(2030, 1, 1, 8, 0);
    long event =
        TestContent.event(
            context,
            EventFixtures.hybrid("Programme of " + sessions, lab, start, start.plusDays(2), 50),
            true);
    List<Long> speakers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      speakers.add(
          TestContent.speaker(
              context,
              event,
              new SpeakerCommand("Speaker " + i, null, "Org " + i, null, null, null)));
    }
    for (int i = 0; i < sessions; i++) {
      TestContent.session(
          context,
          event,
          EventFixtures.session(
              "Talk " + i,
              start.plusMinutes(30L * i),
              start.plusMinutes(30L * i + 30),
              "Room " + (i % 3),
              List.of(speakers.get(i % 3))));
    }
    return event;
  }

  long statements(String path) throws Exception {
    quiet();
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    mvc.perform(get(path)).andExpect(status().isOk());
    statistics.clear();
    mvc.perform(get(path)).andExpect(status().isOk());
    return statistics.getPrepareStatementCount();
  }

  @Test
  void anEventPageIssuesAsManyStatementsForALongProgrammeAsForAShortOne() throws Exception {
    long lab = TestContent.lab(context, Fixtures.lab("Statements events lab"));
    long small = eventWith(lab, 3);
    long large = eventWith(lab, 40);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String page :
        List.of("/events/%d", "/api/v1/events/%d/sessions", "/events/%d/calendar.ics")) {
      counts.put(page.formatted(3), statements(page.formatted(small)));
      counts.put(page.formatted(40), statements(page.formatted(large)));
    }
    System.out.println("Statements per event request, 3 and 40 sessions: " + counts);
    assertThat(counts.get("/events/40")).isEqualTo(counts.get("/events/3"));
    assertThat(counts.get("/api/v1/events/40/sessions"))
        .isEqualTo(counts.get("/api/v1/events/3/sessions"));
    assertThat(counts.get("/events/40/calendar.ics"))
        .isEqualTo(counts.get("/events/3/calendar.ics"));
  }
}
