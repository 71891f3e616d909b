package eu.digilabs.hub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text typed into a search box, made safe for the index and the database. */
class QueryTextTests {

  @Test
  void controlCharactersAndSurplusWhitespaceBecomeOneSpace() {
    assertThat(QueryText.clean("  Chatbot\u0000für\t\n Bürger\u2028anfragen  "))
        .isEqualTo("Chatbot für Bürger anfragen");
  }

  @Test
  void nothingTypedIsEmptyAndNotPresent() {
    assertThat(QueryText.clean(null)).isEmpty();
    assertThat(QueryText.present(" \u0000 ")).isFalse();
    assertThat(QueryText.present("KI")).isTrue();
  }

  @Test
  void longQueriesAreCut() {
    assertThat(QueryText.clean("a".repeat(QueryText.MAX_LENGTH + 10)))
        .hasSize(QueryText.MAX_LENGTH);
  }

  @Test
  void likePatternsAreLowerCaseWithWildcardsEscaped() {
    assertThat(QueryText.contains("50% A_B\\c")).isEqualTo("%50\\% a\\_b\\\\c%");
  }
}
