package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Typo tolerance and the spelling offered back, without an index. */
class SpellingTests {

  static SearchResults.Hit hit(String title, String snippet) {
    return new SearchResults.Hit("project", 1, title, snippet, null, null, null, null, null);
  }

  @Test
  void wordsOfFiveLettersMayBeOneOffAndOfTwelveTwo() {
    assertThat(Spelling.tolerant("KI Labor Digitalisirung Bürgerbeteiligung"))
        .isEqualTo("KI Labor~1 Digitalisirung~2 Bürgerbeteiligung~2");
    assertThat(Spelling.tolerant("Karte")).isEqualTo("Karte~1");
    assertThat(Spelling.tolerant("Kart")).isEqualTo("Kart");
  }

  @Test
  void wordsWithQuerySyntaxAreLeftAsTyped() {
    assertThat(Spelling.tolerant("\"open data\" -Portal e-Akte"))
        .isEqualTo("\"open data\" -Portal e-Akte");
  }

  @Test
  void stopWordsOfGermanEnglishAndFrenchAreDroppedInAnyCase() {
    assertThat(Spelling.withoutStopWords("Chatbots für die Verwaltung and THE city de la ville"))
        .isEqualTo("Chatbots Verwaltung city ville");
    assertThat(Spelling.withoutStopWords("of the und")).isEmpty();
  }

  @Test
  void aMisspelledWordIsCorrectedToTheClosestWordOfTheResults() {
    List<SearchResults.Hit> hits =
        List.of(
            hit("Digitalisierung im Rathaus", "Die <em>Digitalisierung</em> der Verwaltung"),
            hit("Bürgerportal", "Anträge online"));
    assertThat(Spelling.correct("Digitalisirung Verwaltung", hits))
        .isEqualTo("Digitalisierung Verwaltung");
  }

  @Test
  void nothingIsOfferedWhenEveryWordIsInTheResultsOrTooFarOff() {
    List<SearchResults.Hit> hits = List.of(hit("Bürgerportal", "Anträge <em>online</em>"));
    assertThat(Spelling.correct("burgerportal online", hits)).isNull();
    assertThat(Spelling.correct("Rathaus", hits)).isNull();
    assertThat(Spelling.correct("KI", hits)).isNull();
  }

  @Test
  void distanceCountsEditsAndFoldingIgnoresCaseAndAccents() {
    assertThat(Spelling.distance("labor", "labore")).isEqualTo(1);
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.fold("Bürgerbüro")).isEqualTo("burgerburo");
  }
}
