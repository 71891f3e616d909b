package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ProjectPublished;
import eu.digilabs.hub.projects.ProjectService;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A publication in the projects module reaches the assistant's passages through the module event,
 * after the publishing transaction committed, and is recorded as done in the event publication
 * registry. The whole platform (the {@link HubTest} context the other tests share): the passages
 * need the search index, the embeddings and every module they read from.
 */
@HubTest
@EnableScenarios
class PassagesFollowPublicationTests {

  static final String ADMIN = "admin@digilabs.localhost";

  @Autowired ApplicationContext context;
  @Autowired ProjectService projects;
  @Autowired Passages passages;
  @Autowired JdbcTemplate jdbc;

  @Autowired PassageIndex index;

  @BeforeEach
  void waitForThePassagesToCatchUp() {
    // The passages of the demo content are built at start, in the background.
    Awaitility.await().atMost(Duration.ofMinutes(5)).until(index::idle);
  }

  @Test
  void aPublishedProjectReachesThePassages(Scenario scenario) {
    long id =
        TestAccounts.acting(
            context,
            ADMIN,
            () ->
                projects
                    .create(
                        Fixtures.project(
                            "Kompasswerkstatt Nordlicht",
                            "The Kompasswerkstatt calibrates every municipal compass twice a year.",
                            "en",
                            null,
                            List.of()))
                    .id());
    assertThat(passages.findByGroupKey("project:" + id)).isEmpty();

    scenario
        .stimulate(() -> TestAccounts.acting(context, ADMIN, () -> projects.publish(id)))
        .andWaitAtMost(Duration.ofMinutes(2))
        .andWaitForStateChange(
            () -> passages.findByGroupKey("project:" + id), found -> !found.isEmpty())
        .andVerify(
            found ->
                assertThat(found)
                    .extracting(Passage::text)
                    .anyMatch(text -> text.contains("calibrates every municipal compass")));
    Awaitility.await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForList(
                            "select serialized_event from event_publication"
                                + " where listener_id = ? and completion_date is not null",
                            String.class,
                            PassageIndex.class.getName()
                                + ".on("
                                + ProjectPublished.class.getName()
                                + ")"))
                    .as("the publication to the assistant, recorded as done")
                    .anyMatch(event -> event.contains("\"projectId\":" + id)));
  }
}
