package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.translation.Glossary.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTests {

  @Test
  void isoCodesMapBothWaysAndVariantsAreLeftOut() {
    assertThat(LanguageCodes.threeLetters("es")).contains("spa");
    assertThat(LanguageCodes.threeLetters("de")).contains("deu");
    assertThat(LanguageCodes.threeLetters("fr")).contains("fra");
    assertThat(LanguageCodes.twoLetters("eng")).contains("en");
    assertThat(LanguageCodes.twoLetters("cat")).contains("ca");
    assertThat(LanguageCodes.twoLetters("eng_US")).isEmpty();
    assertThat(LanguageCodes.threeLetters("xx")).isEmpty();
  }

  @Test
  void termsBecomePlaceholdersAndComeBackInTheirRendering() {
    Glossary glossary =
        new Glossary(
            List.of(
                new Term("OZG", "OZG"),
                new Term("Themenfeld", "subject area"),
                new Term("OZG-Leistung", "OZG service")));
    Glossary.Protected kept =
        glossary.protect(
            "Das Themenfeld der OZG-Leistung nach dem OZG; OZGX und Themenfelder nicht.");
    assertThat(kept.text()).isEqualTo("Das ⟦0⟧ der ⟦1⟧ nach dem ⟦2⟧; OZGX und Themenfelder nicht.");
    // A provider may move placeholders and put spaces inside them.
    assertThat(kept.restore("After the ⟦ 2 ⟧, the ⟦0⟧ of the ⟦1⟧; OZGX and topic areas not."))
        .isEqualTo("After the OZG, the subject area of the OZG service; OZGX and topic areas not.");
    assertThat(kept.restore("A stray ⟦9⟧ stays")).isEqualTo("A stray ⟦9⟧ stays");
  }

  @Test
  void theShippedGlossaryAppliesByLanguagePair() {
    List<GlossaryTerms.Entry> entries =
        GlossaryTerms.parse("# comment\n*\t*\tEfA\tEfA\nde\ten\tThemenfeld\tsubject area\n");
    assertThat(
            GlossaryTerms.forPair(entries, new LanguagePair("de", "en"))
                .protect("Themenfeld EfA")
                .renderings())
        .containsExactly("subject area", "EfA");
    assertThat(
            GlossaryTerms.forPair(entries, new LanguagePair("de", "fr"))
                .protect("Themenfeld EfA")
                .renderings())
        .containsExactly("EfA");
    assertThat(GlossaryTerms.shipped()).isNotEmpty();
  }
}
