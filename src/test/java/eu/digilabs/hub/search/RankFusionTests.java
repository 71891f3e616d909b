package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.digilabs.hub.search.RankFusion.Scored;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Reciprocal rank fusion on plain lists: scores, order, ties and duplicates. */
class RankFusionTests {

  static List<Scored<String>> fuse(List<String> first, List<String> second) {
    return RankFusion.fuse(List.of(first, second), Function.identity());
  }

  @Test
  void anItemsScoreIsTheSumOfOneOverKPlusItsRankInEachRanking() {
    List<Scored<String>> fused = fuse(List.of("a", "b"), List.of("b", "c"));
    assertThat(fused).extracting(Scored::item).containsExactly("b", "a", "c");
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
  }

  @Test
  void equalScoresKeepTheOrderInWhichTheItemsWereFirstMet() {
    assertThat(fuse(List.of("a", "b"), List.of("c", "d")))
        .extracting(Scored::item)
        .containsExactly("a", "c", "b", "d");
  }

  @Test
  void itemsAreKnownByTheirKeyAndShownAsFirstMet() {
    record Item(String key, String seenIn) {}
    List<Scored<Item>> fused =
        RankFusion.fuse(
            List.of(List.of(new Item("x", "words")), List.of(new Item("x", "meaning"))), Item::key);
    assertThat(fused).extracting(Scored::item).containsExactly(new Item("x", "words"));
    assertThat(fused.get(0).score()).isCloseTo(2.0 / 61, within(1e-12));
  }

  @Test
  void oneRankingAloneKeepsItsOrderAndNoRankingGivesNothing() {
    assertThat(fuse(List.of("c", "a", "b"), List.of()))
        .extracting(Scored::item)
        .containsExactly("c", "a", "b");
    assertThat(fuse(List.of(), List.of())).isEmpty();
  }
}
