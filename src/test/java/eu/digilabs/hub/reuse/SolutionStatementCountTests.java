package eu.digilabs.hub.reuse;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.StatementGrowth;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.OrganisationCommand;
import eu.digilabs.hub.taxonomy.Catalogue;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
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

/**
 * The marketplace's lists (the solution list, its API, the comparison per public service and its
 * API) issue the same number of SQL statements for 10 solutions as for 1,000, each with a live
 * uptake: providers, reusers and live states are read in one query per list, not per row.
 */
@HubTest
@TestPropertySource(
    properties = {
      "spring.jpa.properties.hibernate.generate_statistics=true",
      "hub.demo.enabled=false",
      // Lists read no vectors; without them the assistant's passages of 1,000 solutions (three
      // writes each: published, declared, live) are written in seconds, not minutes.
      "hub.search.embeddings=false"
    })
class SolutionStatementCountTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired Catalogue catalogue;
  @Autowired UptakeService uptakes;

  int created;

  /** Solutions of the labs in turn, every tenth for BAföG, each live in one German state. */
  void growTo(int count, List<Long> labIds, long service, long organisation) {
    String[] states = {"DE-BW", "DE-BY", "DE-HE", "DE-NI", "DE-SN"};
    for (; created < count; created++) {
      SolutionCommand base =
          ReuseFixtures.solution("Solution " + created, labIds.get(created % labIds.size()));
      long solution =
          TestContent.publishedSolution(
              context, created % 10 == 0 ? base.withServices(List.of(service)) : base);
      String region = states[created % states.length];
      TestAccounts.asAdmin(
          context,
          () -> {
            UptakeView declared =
                uptakes.declare(
                    solution, new UptakeCommands.Declare(null, organisation, "DE", region, null));
            uptakes.move(
                declared.id(), new UptakeCommands.Move("live", null, null, declared.version()));
          });
    }
  }

  Map<String, Long> statements(List<String> lists) {
    var assistant = context.getBean(AssistantService.class);
    Awaitility.await().atMost(Duration.ofMinutes(3)).until(assistant::passagesIdle);
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      for (String list : lists) {
        mvc.perform(get(list)).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(list)).andExpect(status().isOk());
        counts.put(list, statistics.getPrepareStatementCount());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  @Test
  void marketplaceListsIssueAConstantNumberOfStatements() {
    List<Long> labIds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      labIds.add(TestContent.lab(context, Fixtures.lab("Provider lab " + i)));
    }
    long organisation =
        TestAccounts.asAdmin(
            context,
            () ->
                context
                    .getBean(LabService.class)
                    .createOrganisation(
                        new OrganisationCommand("Reusing authority", null, "DE", null, null))
                    .id());
    long service =
        catalogue.search("10056", 5).stream()
            .filter(s -> "10056".equals(s.key()))
            .findFirst()
            .orElseThrow()
            .id();
    List<String> lists =
        List.of(
            "/solutions",
            "/solutions?kind=software&licence=open-source",
            "/api/v1/solutions?size=100",
            "/services/" + service + "/solutions",
            "/api/v1/services/" + service + "/solutions");
    growTo(10, labIds, service, organisation);
    Map<String, Long> ten = statements(lists);
    growTo(100, labIds, service, organisation);
    Map<String, Long> hundred = statements(lists);
    growTo(1000, labIds, service, organisation);
    Map<String, Long> thousand = statements(lists);
    StatementGrowth.assertConstant("marketplace", "solutions", ten, hundred, thousand);
  }
}
