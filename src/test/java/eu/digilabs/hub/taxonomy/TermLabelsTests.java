package eu.digilabs.hub.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Every entry the migrations ship (not those other tests add) has a French label. */
  @Test
  void everyShippedEntryHasAFrenchLabel() throws Exception {
    Pattern entry = Pattern.compile("\\('([a-z-]+)', '([^']+)', '([^']*)', '([^']*)'");
    int checked = 0;
    try (var files = Files.list(Path.of("src/main/resources/db/migration/taxonomy"))) {
      for (Path file : files.toList()) {
        Matcher m = entry.matcher(Files.readString(file));
        while (m.find()) {
          boolean sameInEveryLanguage = m.group(3).equals(m.group(4));
          assertThat(
                  sameInEveryLanguage
                      || new TermLabels().of(m.group(1), m.group(2)).containsKey("fr"))
              .as("French label of %s/%s", m.group(1), m.group(2))
              .isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(150);
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
