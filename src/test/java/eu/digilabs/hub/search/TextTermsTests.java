package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A text's words as Lucene's stock analyzers see them (what a backend with its analyzers on a
 * server uses): plain, German and English forms, stop words of three languages.
 */
class TextTermsTests {

  final TextTerms terms = TextTerms.stock();

  @Test
  void aTextIsKnownInItsPlainGermanAndEnglishForms() {
    assertThat(terms.of("Pilots in Lübeck"))
        .contains("pilots", "pilot", "lübeck", "lubeck")
        .doesNotContain("Pilots");
  }

  @Test
  void aWordOfAQuestionHasItsFormsButNoSingleLetters() {
    assertThat(terms.forms("pilots")).contains("pilots", "pilot");
    assertThat(terms.forms("e-signature")).contains("signature").doesNotContain("e");
  }

  @Test
  void noTextHasNoTerms() {
    assertThat(terms.of("")).isEmpty();
    assertThat(terms.of(null)).isEmpty();
    assertThat(terms.forms(" ")).isEmpty();
  }

  @Test
  void stopWordsOfGermanEnglishAndFrenchInAnyCase() {
    assertThat(TextTerms.stopWord("und")).isTrue();
    assertThat(TextTerms.stopWord("The")).isTrue();
    assertThat(TextTerms.stopWord("les")).isTrue();
    assertThat(TextTerms.stopWord("Labor")).isFalse();
  }
}
