package eu.digilabs.hub.search;

import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The taxonomy entries a query names in any language the taxonomy knows: "Estland", "Estonie",
 * "Eesti" and "Estonia" all name Estonia, "traduction automatique" names machine translation. They
 * are offered as filters, and a country's names in every language are searched together.
 */
@Component
class QueryTerms {

  /** The vocabularies a query may name, by the search field that filters by them. */
  static final Map<Vocabulary, String> FIELDS =
      Map.of(
          Vocabulary.COUNTRY, SearchFields.COUNTRY,
          Vocabulary.TECHNOLOGY, SearchFields.TECHNOLOGY,
          Vocabulary.POLICY_AREA, SearchFields.POLICY_AREA);

  /** Names are read anew after this long (admins may relabel entries). */
  static final long REFRESH_MILLIS = 60_000;

  /** One way of naming an entry: its folded words in order. */
  private record Name(String field, String code, List<String> words) {}

  private final Taxonomy taxonomy;
  private volatile @Nullable List<Name> cached;
  private volatile long cachedAt;

  QueryTerms(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The entries the query names, longest names first, each once. */
  List<SearchResults.Candidate> candidates(String query) {
    List<String> tokens = words(query);
    boolean[] used = new boolean[tokens.size()];
    Set<SearchResults.Candidate> found = new LinkedHashSet<>();
    for (Name name : names()) {
      int length = name.words().size();
      for (int i = 0; i + length <= tokens.size(); i++) {
        if (!taken(used, i, length) && tokens.subList(i, i + length).equals(name.words())) {
          found.add(new SearchResults.Candidate(name.field(), name.code()));
          Arrays.fill(used, i, i + length, true);
        }
      }
    }
    return List.copyOf(found);
  }

  /** Each country's names in every language the taxonomy knows, for searching them together. */
  List<List<String>> countryNames() {
    return taxonomy.terms(Vocabulary.COUNTRY).stream()
        .map(term -> List.copyOf(term.names()))
        .toList();
  }

  private static boolean taken(boolean[] used, int from, int length) {
    for (int k = from; k < from + length; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  private List<Name> names() {
    List<Name> current = cached;
    if (current != null && System.currentTimeMillis() - cachedAt < REFRESH_MILLIS) {
      return current;
    }
    List<Name> names = new ArrayList<>();
    FIELDS.forEach(
        (vocabulary, field) -> {
          for (TermView term : taxonomy.terms(vocabulary)) {
            if ("other".equals(term.code())) {
              continue;
            }
            for (String label : term.names()) {
              // "Chatbot / conversational AI", "Artificial intelligence (general)": each part.
              for (String part : label.split("\\s*/\\s*|\\s*\\(.*\\)")) {
                List<String> words = words(part);
                if (!words.isEmpty()) {
                  names.add(new Name(field, term.code(), words));
                }
              }
            }
          }
        });
    names.sort((a, b) -> b.words().size() - a.words().size());
    List<Name> fresh = List.copyOf(names);
    cached = fresh;
    cachedAt = System.currentTimeMillis();
    return fresh;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .map(Spelling::fold)
        .toList();
  }
}
