package eu.digilabs.hub.assistant;

import eu.digilabs.hub.search.SearchFields;
import java.util.ArrayList;
import java.util.List;

/**
 * A list question's filters are candidates, not commands: when what the question names finds
 * nothing together, they are left out one at a time, least certain first, then more of them
 * together; the words that named a left-out filter join the topic ({@link Question#without}).
 */
final class Relaxation {

  /**
   * What a question names, in the order it is given up when together it matches nothing: least
   * certain first (a public service named by some of its words, a phase or status named by an
   * everyday word), a country last. Labs named by their name are never given up.
   */
  static final List<String> LEAST_CERTAIN_FIRST =
      List.of(
          SearchFields.SERVICE,
          SearchFields.PHASE,
          SearchFields.STATUS,
          SearchFields.POLICY_AREA,
          SearchFields.TECHNOLOGY,
          SearchFields.COUNTRY);

  /**
   * A question with some of what it names left out, the words that had named it, and how many items
   * it found.
   */
  record Relaxed(Question question, List<String> dropped, long count) {}

  /** Finds a question's items into a list and answers how many there are. */
  interface Matching {
    long find(Question question, List<Passage> into);
  }

  /**
   * The question when what it names finds something together; else the first of its relaxations
   * that finds something: each named thing left out alone, least certain first, then more and more
   * of them left out together. {@code into} holds what the returned question found. When none finds
   * anything, the question as asked with nothing (the caller falls back to its words alone).
   */
  static Relaxed relaxed(Question question, Matching matching, List<Passage> into) {
    long found = matching.find(question, into);
    if (found > 0) {
      return new Relaxed(question, List.of(), found);
    }
    List<String> named = LEAST_CERTAIN_FIRST.stream().filter(f -> names(question, f)).toList();
    List<List<String>> attempts = new ArrayList<>();
    named.forEach(field -> attempts.add(List.of(field)));
    for (int n = 2; n < named.size(); n++) {
      attempts.add(named.subList(0, n));
    }
    for (List<String> fields : attempts) {
      Question fewer = question;
      List<String> dropped = new ArrayList<>();
      for (String field : fields) {
        fewer = fewer.without(field);
        dropped.add(question.named().getOrDefault(field, field));
      }
      into.clear();
      found = matching.find(fewer, into);
      if (found > 0) {
        return new Relaxed(fewer, List.copyOf(dropped), found);
      }
    }
    into.clear();
    return new Relaxed(question, List.of(), 0);
  }

  /** Whether the question names something of this field. */
  private static boolean names(Question question, String field) {
    return SearchFields.SERVICE.equals(field)
        ? !question.serviceIds().isEmpty()
        : question.filters().containsKey(field);
  }

  private Relaxation() {}
}
