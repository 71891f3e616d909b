package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.OrganisationCommand;
import eu.digilabs.hub.reuse.ReuseFixtures;
import eu.digilabs.hub.reuse.SolutionEditing;
import eu.digilabs.hub.reuse.UptakeCommands;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.reuse.UptakeView;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The assistant answers from solutions for reuse: "Which EfA solutions exist for housing benefit?"
 * lists the published ones (by their words in English, by the OZG service in German) with how many
 * states they are live in, cited; "Who uses ...?" answers from the adoption passage. Drafts,
 * uptakes their reusers keep private and the names of reusers who chose not to be named never
 * appear, and the passages follow a reuser's change of mind.
 */
@HubTest
class SolutionAnswersTests {

  @Autowired ApplicationContext context;
  @Autowired AssistantService assistant;
  @Autowired AssistantEvaluation evaluation;
  @Autowired SolutionEditing editing;
  @Autowired UptakeService uptakes;
  @Autowired Catalogue catalogue;
  @Autowired Passages passages;

  String provider = "";
  String suffix = "";

  void awaitPassages() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !evaluation.catchingUp());
  }

  /** Wohngeld, the OZG service (OZG-ID 10092). */
  long housingBenefit() {
    return catalogue.search("10092", 5).stream()
        .filter(s -> "10092".equals(s.key()))
        .map(ServiceView::id)
        .findFirst()
        .orElseThrow();
  }

  /** An uptake and the member who declared it (the reuser's side). */
  record Made(UptakeView view, String reuser) {}

  /** An organisation in the state declares interest through a new member; the provider moves it. */
  Made uptake(long solution, String region, @Nullable String stage, String name) {
    String member = TestAccounts.member(context, "reuser-" + UUID.randomUUID() + "@example.org");
    long organisation =
        TestAccounts.asAdmin(
            context,
            () ->
                context
                    .getBean(LabService.class)
                    .createOrganisation(new OrganisationCommand(name, null, "DE", null, null))
                    .id());
    UptakeView declared =
        TestAccounts.acting(
            context,
            member,
            () ->
                uptakes.declare(
                    solution,
                    new UptakeCommands.Declare(null, organisation, "DE", region, "Interested")));
    if (stage != null) {
      TestAccounts.acting(
          context,
          provider,
          () ->
              uptakes.move(
                  declared.id(), new UptakeCommands.Move(stage, null, null, declared.version())));
    }
    return new Made(declared, member);
  }

  /** The reuser decides from which stage on the entry is public and whether it names them. */
  void visibility(Made uptake, String from, boolean named) {
    TestAccounts.acting(
        context,
        uptake.reuser(),
        () -> {
          long version = uptakes.get(uptake.view().id()).version();
          return uptakes.visibility(
              uptake.view().id(), new UptakeCommands.Visibility(from, named, version));
        });
  }

  /** The solution's passages by heading and language, with their row ids. */
  Map<String, Long> ids(long solution) {
    Map<String, Long> ids = new TreeMap<>();
    passages
        .findByGroupKey("solution:" + solution)
        .forEach(p -> ids.put(p.heading() + " " + p.language() + " " + p.ordinal(), p.id()));
    return ids;
  }

  @Test
  void listsTheSolutionsForAServiceWithWhereTheyAreLiveAndAnswersWhoUsesThem() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    provider = TestAccounts.member(context, "provider-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Wohnlabor " + suffix, provider);
    long service = housingBenefit();
    String name = "Wohngeldportal " + suffix;
    long solution =
        TestContent.publishedSolution(
            context,
            ReuseFixtures.solution()
                .name(name)
                .lab(lab)
                .language("en")
                .text(
                    "Residents apply for housing benefit online, once for every state.",
                    "An online service for housing benefit (Wohngeld) run by its provider.")
                .offer("online-service", "provider-hosted", null)
                .services(List.of(service))
                .status("in-operation")
                .build());
    long draft =
        TestAccounts.acting(
            context,
            provider,
            () ->
                editing
                    .create(
                        ReuseFixtures.solution()
                            .name("Wohngeldentwurf " + suffix)
                            .lab(lab)
                            .language("en")
                            .text("A draft service for housing benefit.", null)
                            .services(List.of(service))
                            .build())
                    .id());
    uptake(solution, "DE-BY", "live", "Landratsamt Beispielkreis " + suffix);
    Made unnamed = uptake(solution, "DE-HE", "live", "Stadt Ungenannt " + suffix);
    Made secret = uptake(solution, "DE-NW", "live", "Stadt Geheim " + suffix);
    uptake(solution, "DE-SH", "onboarding", "Amt Einführung " + suffix);
    visibility(unnamed, "live", false);
    visibility(secret, "never", true);
    awaitPassages();

    // Nothing private reaches any passage: not the draft, the reuser who is not named, nor the
    // uptake kept private; onboarding is not public by default either.
    assertThat(passages.findByGroupKey("solution:" + draft)).isEmpty();
    List<String> texts =
        passages.findByGroupKey("solution:" + solution).stream().map(Passage::text).toList();
    assertThat(texts)
        .anySatisfy(t -> assertThat(t).contains("live in 2 German states: Bavaria, Hesse"))
        .anySatisfy(t -> assertThat(t).contains("im Einsatz in 2 Bundesländern: Bayern, Hessen"))
        .allSatisfy(
            t ->
                assertThat(t)
                    .doesNotContain(
                        "Ungenannt", "Geheim", "Schleswig", "North Rhine", "Nordrhein"));

    Answer english =
        assistant.ask("Which EfA solutions exist for housing benefit?", null, Locale.ENGLISH);
    assertThat(english.list()).isTrue();
    assertThat(english.citations())
        .extracting(Answer.Citation::url)
        .contains("/solutions/" + solution)
        .doesNotContain("/solutions/" + draft);
    Answer.Part item =
        english.parts().stream().filter(p -> p.text().startsWith(name)).findFirst().orElseThrow();
    assertThat(item.text())
        .contains("live in 2 German states: Bavaria, Hesse")
        .doesNotContain("North Rhine");
    assertThat(item.citations()).hasSize(2);
    AssistantTests.everyStatementCited(english);

    Answer german = assistant.ask("Welche EfA-Lösungen gibt es für Wohngeld?", null, Locale.GERMAN);
    assertThat(german.citations())
        .extracting(Answer.Citation::url)
        .contains("/solutions/" + solution)
        .doesNotContain("/solutions/" + draft);
    assertThat(german.text())
        .startsWith("Ich habe")
        .contains("im Einsatz in 2 Bundesländern: Bayern, Hessen");

    Answer who = assistant.ask("Who uses " + name + "?", null, Locale.ENGLISH);
    assertThat(who.citations()).extracting(Answer.Citation::url).contains("/solutions/" + solution);
    assertThat(who.text())
        .contains("Landratsamt Beispielkreis " + suffix)
        .doesNotContain("Stadt Ungenannt")
        .doesNotContain("Stadt Geheim");

    // The reuser that kept it private makes it public: the passages follow. Only the passages
    // on who uses it are written again; the description keeps its row (and its vector).
    Map<String, Long> before = ids(solution);
    visibility(secret, "live", true);
    awaitPassages();
    Map<String, Long> after = ids(solution);
    assertThat(after).hasSameSizeAs(before);
    before.forEach(
        (key, id) -> {
          if (key.startsWith(SolutionPassages.WHO_USES)) {
            assertThat(after.get(key)).as(key).isNotEqualTo(id);
          } else {
            assertThat(after.get(key)).as(key).isEqualTo(id);
          }
        });
    Answer again = assistant.ask("Who uses " + name + "?", null, Locale.ENGLISH);
    assertThat(again.text()).contains("Stadt Geheim " + suffix);

    // Taken back to draft, it is no longer quoted.
    TestAccounts.acting(context, provider, () -> editing.unpublish(solution));
    awaitPassages();
    assertThat(passages.findByGroupKey("solution:" + solution)).isEmpty();
  }
}
