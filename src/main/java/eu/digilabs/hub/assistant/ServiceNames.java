package eu.digilabs.hub.assistant;

import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.TextTerms;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the public services a list question names, by OZG-ID or LeiKa key, or by (part of) their
 * name in the topic words ("Which projects implement Elterngeld?"), with the services below them;
 * the words that named them leave the topic. Words name a service only as whole words that make up
 * at least half of its name: "analyse" does not name "Bereitstellung von Analyse-/ Messdaten von
 * Messstellen ...", nor "vorher" "Wiedereinsetzen in den vorherigen Stand".
 */
@Component
class ServiceNames {

  private static final Pattern SERVICE_KEY = Pattern.compile("\\b(\\d{5}|\\d{14})\\b");

  /** Runs of up to this many topic words may name a service. */
  static final int MAX_WORDS = 3;

  /** Shorter names are not looked up. */
  static final int MIN_LENGTH = 5;

  /** The share of a service name's words (stop words aside) the words asked must make up. */
  static final double MIN_SHARE_OF_NAME = 0.5;

  private final Catalogue catalogue;

  ServiceNames(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Adds the services named in the question's text or topic to {@code into}, the service's name to
   * {@code named}, and takes the words that named them out of {@code topic}.
   */
  void find(String text, List<String> topic, Set<Long> into, Map<String, String> named) {
    Matcher key = SERVICE_KEY.matcher(text);
    while (key.find()) {
      for (ServiceView s : catalogue.search(key.group(1), 5)) {
        if (key.group(1).equals(s.key())) {
          into.addAll(catalogue.within(s.id()));
          named.putIfAbsent(SearchFields.SERVICE, s.display());
          topic.remove(key.group(1));
        }
      }
    }
    // Longest runs of topic words first: "Ausbildungsförderung (BAföG)" before "BAföG".
    for (int size = Math.min(MAX_WORDS, topic.size()); size >= 1 && into.isEmpty(); size--) {
      for (int from = 0; from + size <= topic.size() && into.isEmpty(); from++) {
        String name = String.join(" ", topic.subList(from, from + size));
        if (name.length() < MIN_LENGTH) {
          continue;
        }
        List<String> asked = words(name);
        List<ServiceView> found =
            catalogue.search(name, 10).stream()
                .filter(s -> !s.withdrawn() && s.name() != null)
                .filter(s -> names(asked, words(s.name())))
                .toList();
        if (!found.isEmpty()) {
          found.forEach(s -> into.addAll(catalogue.within(s.id())));
          named.put(SearchFields.SERVICE, found.get(0).display());
          topic.subList(from, from + size).clear();
        }
      }
    }
  }

  /**
   * Whether the words asked name a service whose name has these words: they are whole words of it,
   * in order, and at least {@value #MIN_SHARE_OF_NAME} of it.
   */
  static boolean names(List<String> asked, List<String> name) {
    if (asked.isEmpty() || asked.size() < MIN_SHARE_OF_NAME * name.size()) {
      return false;
    }
    return Collections.indexOfSubList(name, asked) >= 0;
  }

  /** The words of a text, folded, without stop words. */
  private static List<String> words(String text) {
    return QuestionReader.words(text).stream().filter(w -> !TextTerms.stopWord(w)).toList();
  }
}
