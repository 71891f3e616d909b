package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order in which a query's words are tried, and where it stops. */
class MatchCascadeTests {

  /** Runs the cascade over fixed result counts per step; answers the steps asked. */
  static List<Matching> asked(String typed, Map<Matching, Long> found, Matching expectedLast) {
    List<Matching> asked = new ArrayList<>();
    MatchCascade.Outcome<Long> outcome =
        MatchCascade.run(
            typed,
            matching -> {
              asked.add(matching);
              return found.getOrDefault(matching, 0L);
            },
            count -> count);
    assertThat(outcome.matching()).isEqualTo(expectedLast);
    assertThat(outcome.result()).isEqualTo(found.getOrDefault(expectedLast, 0L));
    return asked;
  }

  @Test
  void allWordsComeFirstAndAResultStopsTheCascade() {
    assertThat(asked("chatbot bürger", Map.of(Matching.ALL, 3L), Matching.ALL))
        .containsExactly(Matching.ALL);
  }

  @Test
  void typoToleranceComesWhenNothingHasAllWords() {
    assertThat(
            asked(
                "digitalisirung labor", Map.of(Matching.TYPO_TOLERANT, 2L), Matching.TYPO_TOLERANT))
        .containsExactly(Matching.ALL, Matching.TYPO_TOLERANT);
  }

  @Test
  void anyWordComesLastForSeveralWords() {
    assertThat(asked("quantum chatbot", Map.of(Matching.ANY, 5L), Matching.ANY))
        .containsExactly(Matching.ALL, Matching.TYPO_TOLERANT, Matching.ANY);
    assertThat(asked("quantum chatbot", Map.of(), Matching.ANY))
        .containsExactly(Matching.ALL, Matching.TYPO_TOLERANT, Matching.ANY);
  }

  @Test
  void oneWordOrOnlyStopWordsAreNeverRelaxedToAnyWord() {
    assertThat(asked("quantenverwaltung", Map.of(), Matching.TYPO_TOLERANT))
        .containsExactly(Matching.ALL, Matching.TYPO_TOLERANT);
    assertThat(asked("of the und", Map.of(), Matching.TYPO_TOLERANT))
        .containsExactly(Matching.ALL, Matching.TYPO_TOLERANT);
    assertThat(MatchCascade.mayMatchAnyWord("e-akte")).isFalse();
    assertThat(MatchCascade.mayMatchAnyWord("e akte")).isTrue();
  }
}
