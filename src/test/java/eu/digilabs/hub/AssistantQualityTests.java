package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.assistant.Answer;
import eu.digilabs.hub.assistant.AssistantEvaluation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assistant's development set over the demo content, the real cases and the OZG catalogue (the
 * same context as {@link RelevanceTests}): every expected item exists, and the answers reach the
 * targets: citation recall at 5 of at least 0.8, at least 0.9 of the unanswerable questions
 * declined, and no answer sentence without a citation.
 */
@ReferenceDataTest
class AssistantQualityTests {

  static final Path DEV_SET = Path.of("docs/assistant/devset.tsv");

  @Autowired AssistantEvaluation evaluation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDevelopmentSetReachesItsTargets() throws Exception {
    evaluation.awaitPassages(Duration.ofMinutes(10));
    List<AssistantEvaluation.DevQuestion> questions = AssistantEvaluation.read(DEV_SET);
    assertThat(questions.stream().filter(AssistantEvaluation.DevQuestion::answerable))
        .hasSizeGreaterThanOrEqualTo(60);
    assertThat(questions.stream().filter(q -> !q.answerable())).hasSizeGreaterThanOrEqualTo(15);
    assertThat(questions)
        .extracting(AssistantEvaluation.DevQuestion::language)
        .contains("de", "en");
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

    var figures = evaluation.evaluate(questions);
    // Each miss with its answer, so that a drop in the figures shows its cause in the log.
    AssistantEvaluation.printMisses(figures, System.out);
    System.out.printf(
        "Assistant dev set: recall@5 %.3f, key facts %.3f, declined %.3f (%d answerable declined),"
            + " %d of %d sentences without citation%n",
        figures.recallAt5(),
        figures.keyFacts(),
        figures.declined(),
        figures.falseDeclines(),
        figures.uncitedSentences(),
        figures.sentences());
    assertThat(figures.recallAt5()).isGreaterThanOrEqualTo(0.8);
    assertThat(figures.declined()).isGreaterThanOrEqualTo(0.9);
    assertThat(figures.keyFacts()).isGreaterThanOrEqualTo(0.75);
    assertThat(figures.uncitedSentences()).isZero();
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
