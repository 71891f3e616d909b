package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.junit.jupiter.api.Test;

/** What the index is asked for each way of matching. */
class WordQueryTests {

  static final UnaryOperator<String> SYNONYMS = q -> q.replace("KI", "(KI | AI)");

  @Test
  void allWordsAskEveryAnalysisWithSynonymsAndEveryWordRequired() {
    WordQuery query = WordQuery.of("KI Verwaltung", Matching.ALL, SYNONYMS);
    assertThat(query).isEqualTo(new WordQuery("(KI | AI) Verwaltung", BooleanOperator.AND, false));
  }

  @Test
  void typoToleranceMarksLongWordsFuzzyWithoutSynonyms() {
    WordQuery query = WordQuery.of("KI Portale Digitalisirung", Matching.TYPO_TOLERANT, SYNONYMS);
    assertThat(query)
        .isEqualTo(new WordQuery("KI Portale~1 Digitalisirung~2", BooleanOperator.AND, true));
  }

  @Test
  void anyWordDropsStopWordsAndRequiresOneWord() {
    WordQuery query = WordQuery.of("KI für die Verwaltung", Matching.ANY, SYNONYMS);
    assertThat(query).isEqualTo(new WordQuery("(KI | AI) Verwaltung", BooleanOperator.OR, false));
  }
}
