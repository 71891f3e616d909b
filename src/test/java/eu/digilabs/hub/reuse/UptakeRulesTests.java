package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Who may do what with an uptake, and what the module tells others: members declare for their own
 * lab only, not for the provider's own solution nor twice; only the reuser's side decides what is
 * public; a retired solution takes no new interest; and solution changes and stages are stated as
 * facts.
 */
@HubTest
@RecordApplicationEvents
class UptakeRulesTests {

  @Autowired ApplicationContext context;
  @Autowired UptakeService uptakes;
  @Autowired SolutionEditing editing;
  @Autowired SolutionService solutions;
  @Autowired ApplicationEvents events;

  record Setup(String provider, long providerLab, String reuser, long reuserLab, long solution) {}

  Setup setup() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String provider = TestAccounts.member(context, "prov-" + suffix + "@example.org");
    long providerLab = TestContent.labWithEditor(context, "Provider " + suffix, provider);
    String reuser = TestAccounts.member(context, "reuser-" + suffix + "@example.org");
    long reuserLab = TestContent.lab(context, eu.digilabs.hub.Fixtures.lab("Reuser " + suffix));
    TestAccounts.inLab(context, reuserLab, reuser, false);
    long solution =
        TestContent.publishedSolution(
            context, ReuseFixtures.solution("Portal " + suffix, providerLab));
    return new Setup(provider, providerLab, reuser, reuserLab, solution);
  }

  UptakeCommands.Declare forLab(long lab) {
    return new UptakeCommands.Declare(lab, null, null, null, "Interested");
  }

  @Test
  void membersDeclareForTheirOwnLabOnlyOnceAndNeverForTheProvider() {
    Setup s = setup();
    String outsider = TestAccounts.member(context, "out-" + UUID.randomUUID() + "@example.org");
    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context, outsider, () -> uptakes.declare(s.solution(), forLab(s.reuserLab()))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context,
                    s.provider(),
                    () -> uptakes.declare(s.solution(), forLab(s.providerLab()))))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).problems())
                    .extracting(p -> p.code())
                    .contains("uptakes.ownSolution"));
    UptakeView declared =
        TestAccounts.acting(
            context, s.reuser(), () -> uptakes.declare(s.solution(), forLab(s.reuserLab())));
    assertThat(declared.stage()).isEqualTo("interested");
    assertThat(declared.country()).isEqualTo("DE");
    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context,
                    s.reuser(),
                    () -> uptakes.declare(s.solution(), forLab(s.reuserLab()))))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).problems())
                    .extracting(p -> p.code())
                    .contains("uptakes.alreadyDeclared"));
  }

  @Test
  void outsidersLearnOnlyTheTimesOfThePublicStages() {
    Setup s = setup();
    UptakeView declared =
        TestAccounts.acting(
            context, s.reuser(), () -> uptakes.declare(s.solution(), forLab(s.reuserLab())));
    UptakeView agreed =
        TestAccounts.acting(
            context,
            s.provider(),
            () ->
                uptakes.move(
                    declared.id(),
                    new UptakeCommands.Move("in-agreement", "Signed", null, declared.version())));
    TestAccounts.acting(
        context,
        s.provider(),
        () ->
            uptakes.move(
                declared.id(), new UptakeCommands.Move("live", null, null, agreed.version())));

    UptakeView outside = uptakes.forSolution(s.solution()).get(0);
    assertThat(outside.steps()).extracting(UptakeView.Step::stage).containsExactly("live");
    Instant live = outside.steps().get(0).recordedAt();
    assertThat(outside.declaredAt()).isEqualTo(live);
    assertThat(outside.updatedAt()).isEqualTo(live);
    UptakeView inside = TestAccounts.acting(context, s.reuser(), () -> uptakes.get(declared.id()));
    // Stored to the microsecond.
    assertThat(inside.declaredAt())
        .isCloseTo(declared.declaredAt(), within(1, ChronoUnit.MILLIS))
        .isBeforeOrEqualTo(live);
    assertThat(inside.steps()).hasSize(3);
  }

  @Test
  void onlyTheReusersSideDecidesWhatIsPublicAndTheReuserMayOnlyEnd() {
    Setup s = setup();
    UptakeView declared =
        TestAccounts.acting(
            context, s.reuser(), () -> uptakes.declare(s.solution(), forLab(s.reuserLab())));
    UptakeCommands.Visibility early =
        new UptakeCommands.Visibility("interested", false, declared.version());
    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context, s.provider(), () -> uptakes.visibility(declared.id(), early)))
        .isInstanceOf(Forbidden.class);
    UptakeView shown =
        TestAccounts.acting(context, s.reuser(), () -> uptakes.visibility(declared.id(), early));
    assertThat(shown.isPublic()).isTrue();
    assertThat(uptakes.forSolution(s.solution()))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.reuserName()).isNull();
              assertThat(u.steps()).allSatisfy(step -> assertThat(step.note()).isNull());
            });
    UptakeView later =
        TestAccounts.acting(
            context,
            s.reuser(),
            () ->
                uptakes.visibility(
                    declared.id(), new UptakeCommands.Visibility("live", null, shown.version())));
    assertThat(later.reuserPublic()).as("left out, the choice not to be named stays").isFalse();
    assertThat(later.version()).isGreaterThan(shown.version());
    UptakeView again =
        TestAccounts.acting(
            context,
            s.reuser(),
            () ->
                uptakes.visibility(
                    declared.id(),
                    new UptakeCommands.Visibility("interested", null, later.version())));
    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context,
                    s.reuser(),
                    () ->
                        uptakes.move(
                            declared.id(),
                            new UptakeCommands.Move("live", null, null, again.version()))))
        .isInstanceOf(Forbidden.class);
    UptakeView ended =
        TestAccounts.acting(
            context,
            s.reuser(),
            () ->
                uptakes.move(
                    declared.id(),
                    new UptakeCommands.Move("ended", "Changed plans", null, again.version())));
    assertThat(ended.stage()).isEqualTo("ended");
    assertThat(events.stream(UptakeStageChanged.class))
        .extracting(UptakeStageChanged::stage)
        .containsExactly("ended");
  }

  @Test
  void changesOfAPublishedSolutionAreStatedAsFactsAndARetiredOneTakesNoInterest() {
    Setup s = setup();
    SolutionView before = solutions.get(s.solution());
    SolutionCommand released =
        ReuseFixtures.solution()
            .name(before.name())
            .lab(s.providerLab())
            .release("2.0", null)
            .status("retired")
            .build();
    TestAccounts.acting(
        context, s.provider(), () -> editing.update(s.solution(), before.version(), released));
    assertThat(events.stream(SolutionPublished.class))
        .extracting(SolutionPublished::solutionId)
        .contains(s.solution());
    assertThat(events.stream(SolutionReleased.class))
        .extracting(SolutionReleased::softwareVersion)
        .containsExactly("2.0");
    assertThat(events.stream(SolutionRetired.class))
        .extracting(SolutionRetired::solutionId)
        .containsExactly(s.solution());
    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context,
                    s.reuser(),
                    () -> uptakes.declare(s.solution(), forLab(s.reuserLab()))))
        .isInstanceOf(InvalidInput.class);
    assertThat(
            solutions
                .list(
                    new SolutionFilter(
                        null,
                        null,
                        null,
                        null,
                        null,
                        "retired",
                        null,
                        null,
                        null,
                        null,
                        null,
                        s.providerLab()),
                    0,
                    10)
                .getContent())
        .extracting(SolutionSummary::id)
        .containsExactly(s.solution());
  }
}
