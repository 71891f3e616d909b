package eu.digilabs.hub.assistant;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.CaseVocabulary;
import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.Synonyms;
import eu.digilabs.hub.search.TextTerms;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the classifications and labs a question names: every way of naming a taxonomy entry (its
 * labels in every language the taxonomy knows, the words the imported cases are classified by at
 * their source, the search's synonyms, the everyday words of {@value #ALIASES}) and every lab name
 * is a phrase; the longest phrases are matched first, so "United Kingdom" wins over "Kingdom".
 */
@Component
class QuestionPhrases {

  /** Everyday words for taxonomy entries: {@code status.live = in operation, im Betrieb, ...}. */
  static final String ALIASES = "assistant/aliases.properties";

  /** Phrases are read anew after this long (labels and labs change). */
  static final long REFRESH_MILLIS = 60_000;

  /** The vocabularies a question may name, by the search field that filters by them. */
  private static final Map<Vocabulary, String> FIELDS =
      Map.of(
          Vocabulary.COUNTRY, SearchFields.COUNTRY,
          Vocabulary.TECHNOLOGY, SearchFields.TECHNOLOGY,
          Vocabulary.STATUS, SearchFields.STATUS,
          Vocabulary.PHASE, SearchFields.PHASE,
          Vocabulary.POLICY_AREA, SearchFields.POLICY_AREA);

  /** The fields of the case importer's value map, by the vocabulary they map into. */
  private static final Map<Vocabulary, String> SOURCE_FIELDS =
      Map.of(
          Vocabulary.STATUS, "status",
          Vocabulary.TECHNOLOGY, "technology",
          Vocabulary.POLICY_AREA, "sector");

  /** A way of naming a taxonomy entry or a lab: its words in order. */
  record Phrase(
      String field, String code, List<String> words, boolean exact, boolean writtenOnly) {}

  /**
   * What a question named.
   *
   * @param filters codes by search field
   * @param named the words that named each filter, as asked
   * @param labIds the labs named
   * @param used which of the question's words named something
   */
  record Named(
      Map<String, String> filters, Map<String, String> named, Set<Long> labIds, boolean[] used) {}

  private final Taxonomy taxonomy;
  private final Synonyms synonyms;
  private final LabService labs;
  private final TextTerms terms;
  private final Properties aliases = new Properties();

  private final Map<String, Set<String>> wordForms = new ConcurrentHashMap<>();
  private volatile @Nullable List<Phrase> cached;
  private volatile long cachedAt;

  QuestionPhrases(Taxonomy taxonomy, Synonyms synonyms, LabService labs, TextTerms terms) {
    this.taxonomy = taxonomy;
    this.synonyms = synonyms;
    this.labs = labs;
    this.terms = terms;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ALIASES)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + ALIASES);
      }
      aliases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The classifications and labs the words (as asked, and folded) name. Words as written are
   * matched first, then by their forms (stems): "implemented" is the status the cases record as
   * "Implemented" before it is a form of the phase "Implement".
   */
  Named find(List<String> words, List<String> folded) {
    boolean[] used = new boolean[words.size()];
    Map<String, String> filters = new LinkedHashMap<>();
    Map<String, String> named = new LinkedHashMap<>();
    Set<Long> labIds = new LinkedHashSet<>();
    List<Set<String>> forms = words.stream().map(terms::forms).toList();
    for (boolean asWritten : new boolean[] {true, false}) {
      for (Phrase phrase : phrases()) {
        for (int i = 0; i + phrase.words().size() <= words.size(); i++) {
          if (!matches(phrase, words, forms, folded, used, i, asWritten)) {
            continue;
          }
          int end = i + phrase.words().size();
          if ("lab".equals(phrase.field())) {
            labIds.add(Long.valueOf(phrase.code()));
          } else if (!filters.containsKey(phrase.field())) {
            filters.put(phrase.field(), phrase.code());
            named.put(phrase.field(), String.join(" ", words.subList(i, end)));
          } else {
            continue;
          }
          Arrays.fill(used, i, end, true);
        }
      }
    }
    return new Named(filters, named, labIds, used);
  }

  /** Every way of naming the entry (labels, synonyms, everyday words), each as its words. */
  List<List<String>> names(String field, String code) {
    return phrases().stream()
        .filter(p -> p.field().equals(field) && p.code().equals(code) && !p.exact())
        .map(Phrase::words)
        .toList();
  }

  private boolean matches(
      Phrase phrase,
      List<String> asked,
      List<Set<String>> forms,
      List<String> folded,
      boolean[] used,
      int at,
      boolean asWritten) {
    for (int k = 0; k < phrase.words().size(); k++) {
      if (used[at + k]) {
        return false;
      }
      if (phrase.exact()) {
        if (!asked.get(at + k).equals(phrase.code())) {
          return false;
        }
        continue;
      }
      String wanted = phrase.words().get(k);
      if (!wanted.equals(folded.get(at + k))
          && (asWritten
              || phrase.writtenOnly()
              || Collections.disjoint(formsOf(wanted), forms.get(at + k)))) {
        return false;
      }
    }
    return true;
  }

  /** A phrase word's forms, computed once. */
  private Set<String> formsOf(String word) {
    return wordForms.computeIfAbsent(word, terms::forms);
  }

  /** Every way of naming an entry or a lab, longest first; refreshed once a minute. */
  private List<Phrase> phrases() {
    List<Phrase> current = cached;
    if (current != null && System.currentTimeMillis() - cachedAt < REFRESH_MILLIS) {
      return current;
    }
    List<Phrase> phrases = new ArrayList<>();
    List<List<String>> groups =
        synonyms.all().stream()
            .map(g -> Arrays.stream(g.terms().split(",")).map(String::strip).toList())
            .toList();
    FIELDS.forEach(
        (vocabulary, field) -> {
          for (TermView term : taxonomy.terms(vocabulary)) {
            termPhrases(vocabulary, field, term, groups, phrases);
          }
        });
    for (var lab : labs.all()) {
      for (String name : List.of(lab.name(), lab.shortName() == null ? "" : lab.shortName())) {
        List<String> words = QuestionReader.words(name);
        if (words.size() >= 2) {
          phrases.add(new Phrase("lab", Long.toString(lab.id()), words, false, false));
        }
      }
    }
    phrases.sort((a, b) -> b.words().size() - a.words().size());
    List<Phrase> fresh = List.copyOf(phrases);
    cached = fresh;
    cachedAt = System.currentTimeMillis();
    return fresh;
  }

  /** The phrases of one taxonomy entry: labels, country code, everyday words, synonyms. */
  private void termPhrases(
      Vocabulary vocabulary,
      String field,
      TermView term,
      List<List<String>> groups,
      List<Phrase> into) {
    Set<String> names = new LinkedHashSet<>();
    // Every language's label: "Estland", "Estonie" and "Eesti" all name Estonia. "Other" entries
    // keep their German and English labels only ("autre" is too common a word).
    for (String label :
        "other".equals(term.code()) ? List.of(term.labelDe(), term.labelEn()) : term.names()) {
      for (String part : label.split("\\s*/\\s*|\\s*\\(|\\)")) {
        if (!part.isBlank()) {
          names.add(part.strip());
        }
      }
    }
    if (vocabulary == Vocabulary.COUNTRY) {
      names.add(term.code());
    }
    // The words the imported cases are classified by at their source ("Implemented"), as
    // written only: "searching" must not name the AI Watch technology "Searching".
    String source = SOURCE_FIELDS.get(vocabulary);
    if (source != null) {
      CaseVocabulary.sourceWords(source)
          .forEach(
              (word, code) -> {
                List<String> words = QuestionReader.words(word);
                if (code.equals(term.code()) && !words.isEmpty()) {
                  into.add(new Phrase(field, code, words, false, true));
                }
              });
    }
    String more = aliases.getProperty(vocabulary.code() + "." + term.code());
    if (more != null) {
      for (String alias : more.split(",")) {
        names.add(alias.strip());
      }
    }
    for (List<String> group : groups) {
      if (group.stream().anyMatch(t -> names.stream().anyMatch(n -> same(n, t)))) {
        names.addAll(group);
      }
    }
    for (String name : names) {
      List<String> words = QuestionReader.words(name);
      // Country codes only in capitals: "DE", not "de" the word.
      boolean code = vocabulary == Vocabulary.COUNTRY && name.equals(term.code());
      if (!words.isEmpty()) {
        into.add(new Phrase(field, term.code(), words, code, false));
      }
    }
  }

  private static boolean same(String a, String b) {
    return QuestionReader.fold(a).equals(QuestionReader.fold(b));
  }
}
