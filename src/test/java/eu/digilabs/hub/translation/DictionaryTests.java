package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
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
              "Betrug {m}; Betrügerei {f} :: racket [coll.]",
              "Betrug {m} :: fraud",
              "erkennen {vt} (auf etw.) [jur.] | erkannt :: to award sth. | awarded",
              "erkennen {vt} | erkannt :: to perceive; to recognize | perceived",
              "online; Internet… {adj} [comp.] :: Internet-based; online",
              "zahlen {vt} :: to pay {paid; paid}"),
          "de",
          "en");

  Optional<String> text(String query) {
    return german.translate(query).map(Dictionary.Words::text);
  }

  @Test
  void aWordsMainEntryComesBeforeARarerSense() {
    assertThat(text("Bürger")).contains("citizen");
    assertThat(text("Betrug")).as("a colloquial translation last").contains("fraud");
    assertThat(text("erkennen")).as("general language before a subject's").contains("perceive");
    assertThat(text("online")).as("a word written alike in both").contains("online");
  }

  @Test
  void aWordsOtherSensesAreSearchedAsAlternatives() {
    assertThat(german.translate("Antrag Oldenburg").map(Dictionary.Words::query))
        .contains("(application | request | motion) Oldenburg");
    assertThat(german.translate("erkennen beantragen").map(Dictionary.Words::query))
        .contains("(perceive | recognize | award) (apply for)");
  }

  @Test
  void formsPhrasesAndVerbsAreFoundAndStopWordsLeftOut() {
    assertThat(text("Anträge")).contains("applications");
    assertThat(text("Anträgen")).as("an ending taken off").contains("applications");
    assertThat(text("künstliche Intelligenz in der Schule"))
        .contains("artificial intelligence school");
    assertThat(text("beantragen")).contains("apply for");
    assertThat(text("zahlen")).as("grammar in braces left out").contains("pay");
  }

  @Test
  void compoundsSplitIntoKnownParts() {
    assertThat(text("Sozialleistungsbetrug")).contains("social benefit fraud");
    assertThat(text("Schulanmeldung"))
        .as("the e that compounds drop")
        .contains("school registration");
    assertThat(text("Bürgeranmeldungen")).contains("citizen registrations");
  }

  @Test
  void namesStayAndAQueryOfUnknownWordsIsNotTranslated() {
    assertThat(text("Antrag Oldenburg")).contains("application Oldenburg");
    assertThat(text("Oldenburg Chatbot")).isEmpty();
    assertThat(text("der die das")).isEmpty();
  }
}
