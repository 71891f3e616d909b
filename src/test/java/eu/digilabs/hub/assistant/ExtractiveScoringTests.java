package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.Synonyms;
import eu.digilabs.hub.search.TextTerms;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Extractive scoring without Spring: topic words weighed by how rare they are, the weighted share
 * of a topic a text covers, and the score of a sentence by its overlap and its place.
 */
class ExtractiveScoringTests {

  final SearchService search = mock(SearchService.class);
  final Passages passages = mock(Passages.class);
  final TextTerms terms = mock(TextTerms.class);
  final Synonyms synonyms = mock(Synonyms.class);
  final TopicWeighting topics = new TopicWeighting(search, passages, terms, synonyms);

  @BeforeEach
  void aHubOfHundredPassages() {
    when(passages.count()).thenReturn(100L);
    when(search.count(eq(TopicWeighting.PASSAGES), anyString())).thenReturn(0L);
    when(search.count(TopicWeighting.PASSAGES, "chatbot")).thenReturn(4L);
    when(search.count(TopicWeighting.PASSAGES, "public")).thenReturn(80L);
    when(terms.forms(anyString()))
        .thenAnswer(call -> Set.of(call.getArgument(0, String.class).toLowerCase(Locale.ROOT)));
  }

  @Test
  void aWordIsCoveredByItsSynonymsInOtherLanguages() {
    when(synonyms.equivalents("übersetzung")).thenReturn(List.of("translation", "traduction"));
    assertThat(topics.coverage(List.of("übersetzung"), Set.of("machine", "translation")))
        .isEqualTo(1.0);
    assertThat(topics.coverage(List.of("übersetzung"), Set.of("machine", "learning"))).isZero();
  }

  @Test
  void rareWordsWeighMoreAndUnknownWordsNothing() {
    var topic = topics.weighted(List.of("chatbot", "public", "weather"));
    assertThat(topic.weights()[0]).isCloseTo(Math.log(1 + 100.0 / 4), within(1e-9));
    assertThat(topic.weights()[1]).isCloseTo(Math.log(1 + 100.0 / 80), within(1e-9));
    assertThat(topic.weights()[0]).isGreaterThan(topic.weights()[1]);
    assertThat(topic.weights()[2]).isZero();
    assertThat(topic.unknown()).isOne();
    assertThat(topic.known()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void knownWordsAreRememberedUnknownOnesAskedAgain() {
    topics.weighted(List.of("chatbot", "weather"));
    topics.weighted(List.of("chatbot", "weather"));
    verify(search, times(1)).count(TopicWeighting.PASSAGES, "chatbot");
    verify(search, times(2)).count(TopicWeighting.PASSAGES, "weather");
    verify(passages, times(1)).count();
  }

  @Test
  void coverageIsTheWeightedShareOfTheKnownTopicWords() {
    var topic = topics.weighted(List.of("chatbot", "public", "weather"));
    double chatbot = TopicWeighting.weight(100, 4);
    double common = TopicWeighting.weight(100, 80);
    assertThat(topics.coverage(topic, Set.of("chatbot")))
        .isCloseTo(chatbot / (chatbot + common), within(1e-9));
    assertThat(topics.coverage(topic, Set.of("public", "chatbot", "weather"))).isEqualTo(1.0);
    assertThat(topics.coverage(topic, Set.of("weather"))).isZero();
    assertThat(topics.coverage(List.of("chatbot", "weather"), Set.of("weather"))).isEqualTo(0.5);
    assertThat(topics.coverage(List.<String>of(), Set.of("weather"))).isZero();
  }

  @Test
  void aSentenceScoresByOverlapPassageCoverageLiftAndPlace() {
    ScoringWeights w = ScoringWeights.TUNED;
    assertThat(w.sentenceScore(1.0, 0.8, 0.3, 0, 0, 12))
        .isCloseTo(1.0 + 0.5 * 0.8 + 0.3 + 0.15, within(1e-9));
    // Later passages and later sentences score a little less; fragments much less.
    assertThat(w.sentenceScore(1.0, 0.8, 0, 1, 0, 12))
        .isLessThan(w.sentenceScore(1.0, 0.8, 0, 0, 0, 12));
    assertThat(w.sentenceScore(1.0, 0.8, 0, 0, 3, 12))
        .isCloseTo(w.sentenceScore(1.0, 0.8, 0, 0, 0, 12) - 3 * 0.02, within(1e-9));
    assertThat(w.sentenceScore(1.0, 0.8, 0, 0, 0, 4))
        .isCloseTo(w.sentenceScore(1.0, 0.8, 0, 0, 0, 5) - 0.2, within(1e-9));
  }

  @Test
  void theTunedWeightsAreTheDocumentedOnes() {
    ScoringWeights w = ScoringWeights.TUNED;
    assertThat(w.minCoverage()).isEqualTo(0.6);
    assertThat(w.maxSentences()).isEqualTo(4);
    assertThat(w.perPassage()).isEqualTo(2);
  }
}
