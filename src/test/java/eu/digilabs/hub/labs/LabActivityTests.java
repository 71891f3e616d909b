package eu.digilabs.hub.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ProjectService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/** A lab's last activity follows its projects, through the LabActivity event after commit. */
@HubTest
class LabActivityTests {

  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired AccountService accounts;
  @Autowired ApplicationContext context;
  @Autowired ApplicationEventPublisher events;

  @Test
  void savingAProjectMovesItsLabsLastActivity() {
    long lab = TestContent.lab(context, Fixtures.lab("Activity Lab"));
    Instant before = labs.get(lab).lastActivity();
    long partner = TestContent.lab(context, Fixtures.lab("Partner Lab"));
    Instant partnerBefore = labs.get(partner).lastActivity();
    TestAccounts.member(context, "activity@example.org");
    TestAccounts.inLab(context, lab, "activity@example.org", true);
    // An editor of both labs names the partner at once (others wait for the partner's editors).
    TestAccounts.inLab(context, partner, "activity@example.org", true);
    TestAccounts.acting(
        context,
        "activity@example.org",
        () -> projects.create(Fixtures.project("Active project", lab, List.of(partner))));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(labs.get(lab).lastActivity()).isAfter(before);
              assertThat(labs.get(partner).lastActivity()).isAfter(partnerBefore);
            });
  }

  @Test
  void activityReportedAtOnceAndOutOfOrderEndsAtTheLatest() {
    long lab = TestContent.lab(context, Fixtures.lab("Busy Lab"));
    Instant latest = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
    // Reported in one transaction, handled after commit by three listeners at the same time.
    context
        .getBean(TransactionTemplate.class)
        .executeWithoutResult(
            status -> {
              events.publishEvent(new LabActivity(lab, latest.minusSeconds(120)));
              events.publishEvent(new LabActivity(lab, latest));
              events.publishEvent(new LabActivity(lab, latest.minusSeconds(60)));
            });
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(labs.get(lab).lastActivity()).isEqualTo(latest);
              assertThat(
                      context.getBean(EventPublicationRegistry.class).findIncompletePublications())
                  .noneMatch(p -> p.getEvent() instanceof LabActivity);
            });
  }
}
