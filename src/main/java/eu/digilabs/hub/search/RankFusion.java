package eu.digilabs.hub.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reciprocal rank fusion: several rankings of the same items become one, each item scored by the
 * sum of 1 / ({@value #K} + its rank) over the rankings that hold it (ranks from 1). An item high
 * in one ranking and present in another beats one that only one ranking found.
 */
final class RankFusion {

  /** The usual constant: it keeps the first few ranks from outweighing everything else. */
  static final int K = 60;

  /** How many nearest items in meaning take part in a fusion. */
  static final int NEIGHBOURS = 40;

  /** An item of the fused ranking and its score. */
  record Scored<T>(T item, double score) {}

  private RankFusion() {}

  /**
   * The items of all rankings, best first; an item is known by its {@code key} and shown as it was
   * first met. Items with equal scores keep the order in which they were first met.
   */
  static <T> List<Scored<T>> fuse(List<List<T>> rankings, Function<T, String> key) {
    Map<String, Scored<T>> fused = new LinkedHashMap<>();
    for (List<T> ranking : rankings) {
      for (int rank = 0; rank < ranking.size(); rank++) {
        T item = ranking.get(rank);
        double score = 1.0 / (K + rank + 1);
        fused.merge(
            key.apply(item),
            new Scored<>(item, score),
            (known, again) -> new Scored<>(known.item(), known.score() + score));
      }
    }
    List<Scored<T>> best = new ArrayList<>(fused.values());
    best.sort((a, b) -> Double.compare(b.score(), a.score()));
    return best;
  }
}
