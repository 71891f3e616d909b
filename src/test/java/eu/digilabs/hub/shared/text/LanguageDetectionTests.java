package eu.digilabs.hub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a question or query, also when it names something in another language. */
class LanguageDetectionTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Which lab built the online application for the Wohngeldantrag?",
        "en|Does any city already offer the Anwohnerparkausweis online?",
        "en|Who maintains the Onlinezugangsgesetz reference implementation?",
        "de|Welche Labore arbeiten an Chatbots für Bürgeranfragen?",
        "de|Gibt es einen Chatbot for citizens in Estland?",
        "fr|Quels laboratoires travaillent sur la traduction automatique ?",
        "fr|Quel laboratoire a développé le Wohngeldantrag en ligne ?"
      })
  void aSentenceNamingSomethingInAnotherLanguageKeepsItsOwn(String language, String text) {
    assertThat(LanguageDetection.of(text)).contains(language);
  }

  @Test
  void aLongTextIsReadAsAWhole() {
    String text =
        "Das Digitallabor hat gemeinsam mit Bürgerinnen und Bürgern, der Verwaltung und einem"
            + " Dienstleister den Antrag auf Wohngeld neu gestaltet. In sechs Sprints entstand ein"
            + " Prototyp, den wir mit zwanzig Menschen getestet haben; die wichtigste Erkenntnis:"
            + " Formulare müssen in einfacher Sprache erklärt werden, sonst brechen viele ab.";
    assertThat(text.split(" ").length).isGreaterThan(LanguageDetection.MAX_VOTERS);
    assertThat(LanguageDetection.of(text)).contains("de");
  }

  @Test
  void textWithoutLettersHasNoLanguage() {
    assertThat(LanguageDetection.of("12 345 ?!")).isEmpty();
  }
}
