package eu.digilabs.hub.assistant;

import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.Synonyms;
import eu.digilabs.hub.search.TextTerms;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Weighs a question's topic words by how rare they are among the passages, and measures how much of
 * a topic a text covers: a passage that holds the rare words of a question is about it, one that
 * holds only its common words is merely near it.
 */
@Component
class TopicWeighting {

  /** The index the passages live in. */
  static final List<String> PASSAGES = List.of("Passage");

  /** Word frequencies are forgotten after this long, as content changes. */
  static final long FORGET_AFTER_MILLIS = 300_000;

  /** And when this many words are remembered. */
  static final int MAX_REMEMBERED = 20_000;

  private static final String ALL = "\u0000all";

  /**
   * Words of a topic with their weights (rarer words weigh more) and how many the hub never uses.
   */
  record Weighted(List<String> words, double[] weights, int unknown) {

    /** The share of the topic words the hub knows. */
    double known() {
      return words.isEmpty() ? 0 : 1 - (double) unknown / words.size();
    }
  }

  private final SearchService search;
  private final Passages passages;
  private final TextTerms terms;
  private final Synonyms synonyms;

  /** Each recent topic word's forms and those of its synonyms; forgotten with the frequencies. */
  private final Map<String, Set<String>> forms = new ConcurrentHashMap<>();

  /** Document frequencies of recent words; forgotten every few minutes as content changes. */
  private final Map<String, Long> frequencies = new ConcurrentHashMap<>();

  private volatile long frequenciesSince = System.currentTimeMillis();

  TopicWeighting(SearchService search, Passages passages, TextTerms terms, Synonyms synonyms) {
    this.search = search;
    this.passages = passages;
    this.terms = terms;
    this.synonyms = synonyms;
  }

  /**
   * A topic word's forms and those of its synonyms in other languages ("Übersetzung" is covered by
   * a text that says "translation"), as the search finds them.
   */
  Set<String> forms(String word) {
    return forms.computeIfAbsent(
        word,
        w -> {
          Set<String> all = new HashSet<>(terms.forms(w));
          synonyms.equivalents(w).forEach(e -> all.addAll(terms.forms(e)));
          return Set.copyOf(all);
        });
  }

  /**
   * The topic's words weighted by inverse passage frequency: ln(1 + passages / passages with it).
   */
  Weighted weighted(List<String> topic) {
    if (System.currentTimeMillis() - frequenciesSince > FORGET_AFTER_MILLIS
        || frequencies.size() > MAX_REMEMBERED) {
      frequencies.clear();
      forms.clear();
      frequenciesSince = System.currentTimeMillis();
    }
    long total = frequencies.computeIfAbsent(ALL, k -> passages.count());
    double[] weights = new double[topic.size()];
    int unknown = 0;
    for (int i = 0; i < topic.size(); i++) {
      String word = topic.get(i);
      // Words the hub does not use yet are counted again each time: they may arrive any moment.
      String key = word.toLowerCase(Locale.ROOT);
      Long known = frequencies.get(key);
      long df = known != null ? known : search.count(PASSAGES, word);
      if (known == null && df > 0) {
        frequencies.put(key, df);
      }
      if (df == 0) {
        unknown++;
      }
      weights[i] = weight(total, df);
    }
    return new Weighted(topic, weights, unknown);
  }

  /** A word's weight among {@code total} passages when {@code df} of them hold it (0: none). */
  static double weight(long total, long df) {
    return df == 0 ? 0 : Math.log(1 + (double) Math.max(total, df) / df);
  }

  /** The weighted share of the topic's known words found in the text's terms. */
  double coverage(Weighted topic, Set<String> text) {
    double all = 0;
    double found = 0;
    for (int i = 0; i < topic.words().size(); i++) {
      all += topic.weights()[i];
      if (topic.weights()[i] > 0 && !Collections.disjoint(forms(topic.words().get(i)), text)) {
        found += topic.weights()[i];
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /** The share of the question's topic words found in the text's terms. */
  double coverage(List<String> topic, Set<String> text) {
    if (topic.isEmpty()) {
      return 0;
    }
    long found = topic.stream().filter(w -> !Collections.disjoint(forms(w), text)).count();
    return (double) found / topic.size();
  }

  /** The share of the topic's words found in the text (its terms as the search reads them). */
  double coverage(List<String> topic, String text) {
    return coverage(topic, terms.of(text));
  }

  /** The weighted share of the topic found in the text. */
  double coverage(Weighted topic, String text) {
    return coverage(topic, terms.of(text));
  }
}
