package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.assistant.Answer;
import eu.digilabs.hub.assistant.AssistantEvaluation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assistant's development sets over the demo content, the real cases and the OZG catalogue (the
 * same context as {@link RelevanceTests}): every expected item exists, and the answers to
 * devset.tsv reach the targets: citation recall at 5 of at least 0.8, at least 0.9 of the
 * unanswerable questions declined, and no answer sentence without a citation. The held-out
 * questions are answered and their figures printed, never their misses.
 */
@ReferenceDataTest
class AssistantQualityTests {

  /** The questions the assistant is tuned on. */
  static final List<Path> TUNING =
      List.of(Path.of("docs/assistant/devset.tsv"), Path.of("docs/assistant/devset-languages.tsv"));

  /** Questions never tuned on: their figures are only reported (issue 16). */
  static final Path HELD_OUT = Path.of("docs/assistant/heldout.tsv");

  @Autowired AssistantEvaluation evaluation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDevelopmentSetReachesItsTargets() throws Exception {
    evaluation.awaitPassages(Duration.ofMinutes(10));
    List<AssistantEvaluation.DevQuestion> questions = AssistantEvaluation.read(TUNING.get(0));
    everyExpectedItemExists(questions);
    var figures = evaluation.evaluate(questions);
    // Each miss with its answer, so that a drop in the figures shows its cause in the log.
    AssistantEvaluation.printMisses(figures, System.out);
    print("Assistant dev set", figures);
    assertThat(figures.recallAt5()).isGreaterThanOrEqualTo(0.8);
    assertThat(figures.declined()).isGreaterThanOrEqualTo(0.9);
    assertThat(figures.keyFacts()).isGreaterThanOrEqualTo(0.75);
    assertThat(figures.uncitedSentences()).isZero();
  }

  /**
   * The questions across languages (issue 16) are tuned on but do not reach the targets yet
   * (docs/assistant/README.md): their misses and figures are printed, and no sentence is uncited.
   */
  @Test
  void theQuestionsAcrossLanguagesArePrintedWithTheirMisses() throws Exception {
    evaluation.awaitPassages(Duration.ofMinutes(10));
    List<AssistantEvaluation.DevQuestion> questions = AssistantEvaluation.read(TUNING.get(1));
    everyExpectedItemExists(questions);
    var figures = evaluation.evaluate(questions);
    AssistantEvaluation.printMisses(figures, System.out);
    print("Assistant questions across languages", figures);
    assertThat(figures.uncitedSentences()).isZero();
  }

  @Test
  void theHeldOutQuestionsAreReportedWithoutTheirMisses() throws Exception {
    evaluation.awaitPassages(Duration.ofMinutes(10));
    List<AssistantEvaluation.DevQuestion> questions = AssistantEvaluation.read(HELD_OUT);
    everyExpectedItemExists(questions);
    var figures = evaluation.evaluate(questions);
    // Only the figures: the misses are not printed, so nothing is tuned by looking at them.
    print("Assistant held-out set", figures);
    assertThat(figures.uncitedSentences()).isZero();
  }

  @Test
  void theSetsHoldEnoughQuestionsInThreeLanguagesAndAThirdIsHeldOut() throws Exception {
    List<AssistantEvaluation.DevQuestion> tuning = read(TUNING);
    List<AssistantEvaluation.DevQuestion> heldOut = AssistantEvaluation.read(HELD_OUT);
    List<AssistantEvaluation.DevQuestion> all = new ArrayList<>(tuning);
    all.addAll(heldOut);
    assertThat(all.stream().filter(AssistantEvaluation.DevQuestion::answerable))
        .hasSizeGreaterThanOrEqualTo(100);
    assertThat(all.stream().filter(q -> !q.answerable())).hasSizeGreaterThanOrEqualTo(25);
    assertThat(all)
        .extracting(AssistantEvaluation.DevQuestion::language)
        .contains("de", "en", "fr");
    // The questions written for issue 16: a third of them held out.
    int written = AssistantEvaluation.read(TUNING.get(1)).size() + heldOut.size();
    assertThat(heldOut.size() * 3).isGreaterThanOrEqualTo(written);
  }

  private static List<AssistantEvaluation.DevQuestion> read(List<Path> files) throws Exception {
    List<AssistantEvaluation.DevQuestion> questions = new ArrayList<>();
    for (Path file : files) {
      questions.addAll(AssistantEvaluation.read(file));
    }
    return questions;
  }

  private void everyExpectedItemExists(List<AssistantEvaluation.DevQuestion> questions) {
    for (var q : questions) {
      for (String source : q.sources()) {
        int colon = source.indexOf(':');
        Long found =
            jdbc.queryForObject(
                "select count(*) from assistant_passage where source_type = ?"
                    + " and lower(title) like ?",
                Long.class,
                source.substring(0, colon),
                source.substring(colon + 1).toLowerCase(Locale.ROOT) + "%");
        assertThat(found).as("%s (expected for %s)", source, q.question()).isPositive();
      }
    }
  }

  private static void print(String set, AssistantEvaluation.Figures figures) {
    System.out.printf(
        "%s: recall@5 %.3f, key facts %.3f, declined %.3f (%d answerable declined),"
            + " %d of %d sentences without citation%n",
        set,
        figures.recallAt5(),
        figures.keyFacts(),
        figures.declined(),
        figures.falseDeclines(),
        figures.uncitedSentences(),
        figures.sentences());
  }

  @Test
  void scoresFollowTheDefinitions() {
    var q =
        new AssistantEvaluation.DevQuestion(
            "en", "q", List.of("project:Alpha", "lab:Beta"), List.of("fact"));
    var answer =
        new Answer(
            "a",
            "c",
            "en",
            Answer.Mode.EXTRACTIVE,
            1,
            false,
            null,
            false,
            null,
            List.of(new Answer.Part("A fact.", List.of(1))),
            List.of(
                new Answer.Citation(
                    1, "project", 1, "Alpha project", "/projects/1", null, "A fact.", "en", false)),
            "/search?q=q",
            List.of(),
            null);
    assertThat(AssistantEvaluation.recall(q, answer)).isEqualTo(0.5);
    assertThat(AssistantEvaluation.fact(q, answer)).isTrue();
  }
}
