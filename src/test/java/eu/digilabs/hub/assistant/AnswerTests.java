package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.assistant.Answer.Citation;
import eu.digilabs.hub.assistant.Answer.Part;
import eu.digilabs.hub.assistant.Answer.Related;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers as their factories make them, and their text with citation marks (no Spring). */
class AnswerTests {

  static final Citation FIRST =
      new Citation(1, "project", 7, "Bürgerbot", "/projects/7", null, "Text.", "de", false);

  @Test
  void aCitedAnswerQuotesSentencesWithMarks() {
    Answer a =
        Answer.cited(
            "a",
            "c",
            "de",
            0.87,
            List.of(new Part("Eins.", List.of(1)), new Part("Zwei.", List.of(1))),
            List.of(FIRST),
            "/search?q=bot");
    assertThat(a.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(a.declined()).isFalse();
    assertThat(a.list()).isFalse();
    assertThat(a.count()).isNull();
    assertThat(a.text()).isEqualTo("Eins. [1] Zwei. [1]");
  }

  @Test
  void aListSaysHowManyThenItsItems() {
    Answer a =
        Answer.listed(
            "a",
            "c",
            "en",
            "9 projects found:",
            9,
            List.of(new Part("Bürgerbot", List.of(1))),
            List.of(FIRST),
            "/search?q=");
    assertThat(a.confidence()).isEqualTo(1.0);
    assertThat(a.count()).isEqualTo(9L);
    assertThat(a.text()).isEqualTo("9 projects found:\n- Bürgerbot [1]");
  }

  @Test
  void aDeclineQuotesNothingAndOffersRelatedItems() {
    Related related = new Related("method", "User interviews", "/methods/interviews");
    Answer a =
        Answer.declined(
            "a", "c", "en", 0.12, "I could not find this.", "/search?q=x", List.of(related));
    assertThat(a.declined()).isTrue();
    assertThat(a.parts()).isEmpty();
    assertThat(a.citations()).isEmpty();
    assertThat(a.related()).containsExactly(related);
    assertThat(a.text()).isEqualTo("I could not find this.");
  }

  @Test
  void aGeneratedAnswerKeepsTheTurnAndConfidence() {
    Answer offline = Answer.cited("a", "c", "en", 0.7, List.of(), List.of(), "/search?q=bot");
    Answer generated = offline.generated(List.of(new Part("Said.", List.of(1))), List.of(FIRST));
    assertThat(generated.mode()).isEqualTo(Answer.Mode.GENERATIVE);
    assertThat(generated.id()).isEqualTo("a");
    assertThat(generated.conversationId()).isEqualTo("c");
    assertThat(generated.confidence()).isEqualTo(0.7);
    assertThat(generated.searchUrl()).isEqualTo("/search?q=bot");
    assertThat(generated.citations()).containsExactly(FIRST);
    assertThat(Answer.rounded(0.876)).isEqualTo(0.88);
  }
}
