package eu.digilabs.hub.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The order in which a query's words are tried until something matches: all of them, then with typo
 * tolerance, then (for several words that are not all stop words) any of them. The search page and
 * the ranking for other modules ({@link SearchService#rank}) both go through here.
 */
final class MatchCascade {

  /** The step that gave the result, and the result (the last step's when nothing matched). */
  record Outcome<R>(Matching matching, R result) {}

  private MatchCascade() {}

  /**
   * Runs {@code query} for each step of {@link #steps} in turn and stops at the first result in
   * which {@code found} counts something.
   */
  static <R> Outcome<R> run(String typed, Function<Matching, R> query, ToLongFunction<R> found) {
    List<Matching> steps = steps(typed);
    Outcome<R> outcome = new Outcome<>(steps.get(0), query.apply(steps.get(0)));
    for (Matching next : steps.subList(1, steps.size())) {
      if (found.applyAsLong(outcome.result()) > 0) {
        break;
      }
      outcome = new Outcome<>(next, query.apply(next));
    }
    return outcome;
  }

  /** The steps for the words typed (cleaned, not empty). */
  static List<Matching> steps(String typed) {
    return mayMatchAnyWord(typed)
        ? List.of(Matching.ALL, Matching.TYPO_TOLERANT, Matching.ANY)
        : List.of(Matching.ALL, Matching.TYPO_TOLERANT);
  }

  /**
   * Whether matching any word means something else than matching all: there are several words, and
   * not only stop words ("of" or "und" alone must not make everything a result).
   */
  static boolean mayMatchAnyWord(String typed) {
    return typed.contains(" ") && !Spelling.withoutStopWords(typed).isEmpty();
  }
}
