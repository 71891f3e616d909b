package eu.digilabs.hub.discussions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionsTests {

  @Test
  void eachMentionOffersItsLongestNamesFirst() {
    assertThat(Mentions.find("Thanks @Anna Maria Schmidt, see you."))
        .containsExactly(List.of("anna maria schmidt", "anna maria", "anna"));
    assertThat(Mentions.find("@Jean-Luc O'Brien."))
        .containsExactly(List.of("jean-luc o'brien", "jean-luc"));
    assertThat(Mentions.find("cc @Ülkü Öztürk and @Bo"))
        .containsExactly(List.of("ülkü öztürk and", "ülkü öztürk", "ülkü"), List.of("bo"));
  }

  @Test
  void addressesCodeAndQuotedLinesMentionNobody() {
    assertThat(Mentions.find("Write to lab@example.org")).isEmpty();
    assertThat(Mentions.find("Run `@Anna` or\n```\n@Bob\n```\n> @Carla said so")).isEmpty();
    assertThat(Mentions.find("@ alone, @@ twice")).isEmpty();
  }

  @Test
  void theLongestKnownNameWinsAndAPostTellsAtMostTenPeople() {
    Map<String, Long> byName = Map.of("anna", 1L, "anna schmidt", 2L);
    assertThat(Mentions.resolve(Mentions.find("@Anna Schmidt and @Anna"), byName))
        .containsExactly(2L, 1L);
    Map<String, Long> many = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (long i = 0; i < 15; i++) {
      many.put("p" + i, i);
      text.append("@P").append(i).append(' ');
    }
    assertThat(Mentions.resolve(Mentions.find(text.toString()), many)).hasSize(Mentions.MAX_PEOPLE);
  }
}
