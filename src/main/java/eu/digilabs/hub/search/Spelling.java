package eu.digilabs.hub.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typo tolerance: longer words may be off by a letter or two ("Digitalisirung"), and the query as
 * the results spell it is offered back ("Did you mean ...").
 */
final class Spelling {

  /**
   * Words this long may be one letter off; {@link #TWO_EDITS} letters, two (a two-edit automaton
   * costs far more to build, so only long words, mostly compounds, get it).
   */
  static final int ONE_EDIT = 5;

  static final int TWO_EDITS = 12;

  private Spelling() {}

  /**
   * The query without its stop words ({@link TextTerms#stopWord}), for matching any of the words:
   * "of" or "und" alone must not make everything a result.
   */
  static String withoutStopWords(String typed) {
    List<String> out = new ArrayList<>();
    for (String word : typed.strip().split("\\s+")) {
      if (!TextTerms.stopWord(word)) {
        out.add(word);
      }
    }
    return String.join(" ", out);
  }

  /** The query in simple query syntax with a fuzzy marker on each plain word long enough. */
  static String tolerant(String typed) {
    List<String> out = new ArrayList<>();
    for (String word : typed.strip().split("\\s+")) {
      if (word.matches("[\\p{L}\\p{N}]+")) {
        int length = word.codePointCount(0, word.length());
        out.add(length >= TWO_EDITS ? word + "~2" : length >= ONE_EDIT ? word + "~1" : word);
      } else {
        out.add(word);
      }
    }
    return String.join(" ", out);
  }

  /**
   * The query with each word that appears in none of the hits replaced by the closest word that
   * does (at most two letters off); null when nothing changes.
   */
  static @Nullable String correct(String typed, List<SearchResults.Hit> hits) {
    Set<String> vocabulary = new LinkedHashSet<>();
    for (SearchResults.Hit hit : hits) {
      String text = hit.title() + " " + hit.snippet().replaceAll("<[^>]*>", " ");
      for (String word : text.split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= ONE_EDIT - 1) {
          vocabulary.add(word);
        }
      }
    }
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String word : typed.strip().split("\\s+")) {
      String best = word;
      if (word.length() >= ONE_EDIT && !contains(vocabulary, word)) {
        int bestDistance = word.length() >= TWO_EDITS ? 3 : 2;
        for (String candidate : vocabulary) {
          int distance = distance(fold(word), fold(candidate));
          if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
          }
        }
      }
      changed |= !best.equals(word);
      out.add(best);
    }
    return changed ? String.join(" ", out) : null;
  }

  private static boolean contains(Set<String> vocabulary, String word) {
    return vocabulary.stream().anyMatch(candidate -> fold(candidate).equals(fold(word)));
  }

  static String fold(String word) {
    return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
