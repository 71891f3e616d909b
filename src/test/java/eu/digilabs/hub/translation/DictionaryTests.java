package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries translated word by word with a word list in Ding's format. The lines are written for this
 * test in the format of Debian's trans-de-en, not taken from it.
 */
class DictionaryTests {

  final Dictionary german =
      Dictionary.of(
          List.of(
              "# Version :: test",
              "Bürger {m} :: bourgeois",
              "Bürger {m}; Bürgerin {f} | Bürger {pl}; Bürgerinnen {pl} :: citizen | citizens",
              "Antrag {m} (auf etw.) [adm.] | Anträge {pl} :: application; request; motion"
                  + " | applications",
              "beantragen {vt} | beantragend :: to apply for | applying for",
              "Intelligenz {f} | künstliche Intelligenz {f} /KI/ :: intelligence"
                  + " | artificial intelligence /AI/",
              "Schule {f} | Schulen {pl} :: school | schools",
              "Anmeldung {f} | Anmeldungen {pl} :: registration | registrations",
              "Leistung {f} :: benefit",
              "Sozialleistung {f} | Sozialleistungen {pl} :: social benefit | social benefits",
              "Betrug {m} :: fraud",
              "zahlen {vt} :: to pay {paid; paid}"),
          "de",
          "en");

  @Test
  void aWordsMainEntryComesBeforeARarerSense() {
    assertThat(german.translate("Bürger")).contains("citizen");
  }

  @Test
  void formsPhrasesAndVerbsAreFoundAndStopWordsLeftOut() {
    assertThat(german.translate("Anträge")).contains("applications");
    assertThat(german.translate("Anträgen")).as("an ending taken off").contains("applications");
    assertThat(german.translate("künstliche Intelligenz in der Schule"))
        .contains("artificial intelligence school");
    assertThat(german.translate("beantragen")).contains("apply for");
    assertThat(german.translate("zahlen")).as("grammar in braces left out").contains("pay");
  }

  @Test
  void compoundsSplitIntoKnownParts() {
    assertThat(german.translate("Sozialleistungsbetrug")).contains("social benefit fraud");
    assertThat(german.translate("Schulanmeldung"))
        .as("the e that compounds drop")
        .contains("school registration");
    assertThat(german.translate("Bürgeranmeldungen")).contains("citizen registrations");
  }

  @Test
  void namesStayAndAQueryOfUnknownWordsIsNotTranslated() {
    assertThat(german.translate("Antrag Oldenburg")).contains("application Oldenburg");
    assertThat(german.translate("Oldenburg Chatbot")).isEmpty();
    assertThat(german.translate("der die das")).isEmpty();
  }
}
