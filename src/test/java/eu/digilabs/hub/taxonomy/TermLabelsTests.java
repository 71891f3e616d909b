package eu.digilabs.hub.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vocabulary labels beyond German and English: countries and languages in every EU language from
 * the JDK's locale data, the other vocabularies in French from data shipped with the hub.
 */
@HubTest
class TermLabelsTests {

  @Autowired Taxonomy taxonomy;

  @Test
  void countriesAreNamedInEveryEuLanguage() {
    var estonia = new TermLabels().of("country", "EE");
    assertThat(estonia)
        .containsEntry("fr", "Estonie")
        .containsEntry("et", "Eesti")
        .containsEntry("fi", "Viro")
        .containsEntry("ga", "Eastóin")
        .containsEntry("mt", "Estonja")
        .containsKeys("bg", "el", "sv")
        .doesNotContainKeys("de", "en");
    assertThat(new TermLabels().of("language", "et")).containsEntry("fr", "estonien");
  }

  @Test
  void otherVocabulariesHaveTheirFrenchLabelFromData() {
    assertThat(new TermLabels().of("technology", "machine-translation"))
        .containsEntry("fr", "Traduction automatique")
        .doesNotContainKey("et");
    assertThat(new TermLabels().of("technology", "no-such-code")).isEmpty();
  }

  @Test
  void everyActiveEntryOfEveryVocabularyHasAFrenchLabel() {
    for (Vocabulary vocabulary : Vocabulary.values()) {
      for (TermView term : taxonomy.terms(vocabulary)) {
        boolean sameInEveryLanguage = term.labelDe().equals(term.labelEn());
        assertThat(sameInEveryLanguage || term.labels().containsKey("fr"))
            .as("French label of %s/%s", vocabulary.code(), term.code())
            .isTrue();
      }
    }
  }

  @Test
  void labelsAndLookUpWorkInAnyLanguage() {
    assertThat(taxonomy.label(Vocabulary.COUNTRY, "EE", Locale.FRENCH)).isEqualTo("Estonie");
    assertThat(taxonomy.label(Vocabulary.STATUS, "live", Locale.FRENCH)).isEqualTo("En service");
    assertThat(taxonomy.label(Vocabulary.STATUS, "live", Locale.GERMAN)).isEqualTo("Im Betrieb");
    assertThat(taxonomy.label(Vocabulary.STATUS, "live", new Locale("it"))).isEqualTo("Live");
    assertThat(taxonomy.resolve(Vocabulary.COUNTRY, "Estonie")).contains("EE");
    assertThat(taxonomy.resolve(Vocabulary.COUNTRY, "Eesti")).contains("EE");
  }
}
