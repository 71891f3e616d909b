package eu.digilabs.hub.search;

import eu.digilabs.hub.shared.AfterCommit;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synonym groups maintained by admins as data, applied to queries without a restart: "KI" is
 * searched as "KI or AI or künstliche Intelligenz or artificial intelligence". A country's names in
 * every EU language form a group too ("Estland" is searched as Estonia, Estonie, Eesti, ...).
 */
@Service
public class Synonyms {

  /** A group as pages show it. */
  public record Group(long id, String terms, long version) {}

  /** Groups are read anew after this long (country labels may change too). */
  static final long REFRESH_MILLIS = 60_000;

  private final SynonymGroups groups;
  private final QueryTerms terms;
  private final TextTerms textTerms;
  private final AtomicReference<@Nullable Loaded> cache = new AtomicReference<>();
  private volatile long cachedAt;
  private final ReentrantLock rebuilding = new ReentrantLock();

  Synonyms(SynonymGroups groups, QueryTerms terms, TextTerms textTerms) {
    this.groups = groups;
    this.terms = terms;
    this.textTerms = textTerms;
  }

  /**
   * Forms shorter than this do not make two words the same: "care" and "cars" share "car", "Rente"
   * and "rent" share "rent".
   */
  static final int MIN_FORM = 5;

  /**
   * The groups as searched: the admins' groups first ({@code domain} of them), then each country's
   * names in every language.
   */
  private record Loaded(List<List<Term>> all, int domain) {}

  /** A term of a group: as written, its words folded, and each word's longer forms. */
  private record Term(String text, List<String> words, List<Set<String>> forms) {}

  private Term term(String text) {
    List<String> words = List.of(text.strip().split("\\s+"));
    return new Term(
        text,
        words.stream().map(Spelling::fold).toList(),
        words.stream().map(this::forms).toList());
  }

  /**
   * A word's forms (its German and English stems) of at least {@value #MIN_FORM} letters; none for
   * a hyphenated word, whose parts ("self" of "self-driving") are not the word.
   */
  private Set<String> forms(String word) {
    if (word.contains("-")) {
      return Set.of();
    }
    Set<String> forms = new LinkedHashSet<>();
    textTerms.forms(word).stream().filter(f -> f.length() >= MIN_FORM).forEach(forms::add);
    return forms;
  }

  @Transactional(readOnly = true)
  public List<Group> all() {
    return groups.findAllByOrderById().stream()
        .map(g -> new Group(Objects.requireNonNull(g.id()), g.terms(), g.version()))
        .toList();
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void add(String terms) {
    groups.save(new SynonymGroup(check(terms)));
    reloadAfterCommit();
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void update(long id, long version, String terms) {
    SynonymGroup group = groups.findById(id).orElseThrow(() -> new NotFound("Synonym group " + id));
    if (group.version() != version) {
      throw new Conflict("The synonym group was changed by someone else.");
    }
    group.terms(check(terms));
    reloadAfterCommit();
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void delete(long id) {
    groups.findById(id).ifPresent(groups::delete);
    reloadAfterCommit();
  }

  /**
   * The query with every synonym replaced by its group in simple query syntax: a word matches a
   * group's term when it is the term or one of its forms (its German or English stem), so
   * "Einbrüche" finds the group of "Einbruch"; the word as typed stays in the group. Queries that
   * use the syntax themselves (quotes, operators) are left as they are.
   */
  public String expand(String query) {
    if (query.isBlank() || query.matches(".*[\"()|+*~\\\\-].*")) {
      return query;
    }
    List<String> out = new ArrayList<>();
    for (Stretch stretch : stretches(query, groups().all())) {
      List<Term> group = stretch.group();
      if (group == null) {
        out.add(stretch.typed());
        continue;
      }
      Set<String> alternatives = new LinkedHashSet<>();
      if (group.stream()
          .noneMatch(t -> Spelling.fold(t.text()).equals(Spelling.fold(stretch.typed())))) {
        alternatives.add(stretch.typed());
      }
      group.forEach(t -> alternatives.add(t.text()));
      out.add(
          "("
              + String.join(
                  " | ",
                  alternatives.stream().map(t -> t.contains(" ") ? "\"" + t + "\"" : t).toList())
              + ")");
    }
    return String.join(" ", out);
  }

  /**
   * The other terms of the admins' groups that the query names, in every language they have: "child
   * benefit" has "Kindergeld" and "allocations familiales". For names written in one language only,
   * such as the public services of the German catalogue.
   */
  public List<String> otherTerms(String query) {
    if (query.isBlank()) {
      return List.of();
    }
    Loaded loaded = groups();
    Set<String> found = new LinkedHashSet<>();
    for (Stretch stretch : stretches(query, loaded.all().subList(0, loaded.domain()))) {
      List<Term> group = stretch.group();
      if (group != null) {
        group.stream()
            .map(Term::text)
            .filter(t -> !Spelling.fold(t).equals(Spelling.fold(stretch.typed())))
            .forEach(found::add);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Words of a query: one that is in no group ({@code group} null), or the words of a group's term.
   */
  private record Stretch(String typed, @Nullable List<Term> group) {}

  /** The query's words, the longest term of any group taken where one starts. */
  private List<Stretch> stretches(String query, List<List<Term>> groups) {
    List<String> tokens = List.of(query.strip().split("\\s+"));
    List<String> folded = tokens.stream().map(Spelling::fold).toList();
    List<@Nullable Set<String>> forms = new ArrayList<>(Collections.nCopies(tokens.size(), null));
    List<Stretch> stretches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      @Nullable List<Term> group = null;
      for (List<Term> candidate : groups) {
        for (Term term : candidate) {
          int length = term.words().size();
          if (length > matched
              && i + length <= tokens.size()
              && same(term, tokens, folded, forms, i)) {
            matched = length;
            group = candidate;
          }
        }
      }
      int taken = group == null ? 1 : matched;
      stretches.add(new Stretch(String.join(" ", tokens.subList(i, i + taken)), group));
      i += taken;
    }
    return stretches;
  }

  /**
   * The one-word terms of every group the word belongs to (by itself or one of its forms), other
   * than the word: "Übersetzungen" has "translation" and "traduction". For telling whether a text
   * in another language is about the word.
   */
  public List<String> equivalents(String word) {
    List<String> token = List.of(word.strip());
    List<String> folded = List.of(Spelling.fold(word.strip()));
    List<@Nullable Set<String>> forms = new ArrayList<>(Collections.nCopies(1, null));
    Set<String> found = new LinkedHashSet<>();
    for (List<Term> group : groups().all()) {
      if (group.stream().anyMatch(t -> t.words().size() == 1 && same(t, token, folded, forms, 0))) {
        group.stream()
            .filter(t -> t.words().size() == 1)
            .map(Term::text)
            .filter(t -> !Spelling.fold(t).equals(Spelling.fold(word)))
            .forEach(found::add);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether the term's words are the tokens from {@code at}, as written or in one of their forms.
   */
  private boolean same(
      Term term,
      List<String> tokens,
      List<String> folded,
      List<@Nullable Set<String>> forms,
      int at) {
    for (int k = 0; k < term.words().size(); k++) {
      String token = tokens.get(at + k);
      if (term.words().get(k).equals(folded.get(at + k))) {
        continue;
      }
      Set<String> tokenForms = forms.get(at + k);
      if (tokenForms == null) {
        tokenForms = forms(token);
        forms.set(at + k, tokenForms);
      }
      if (Collections.disjoint(term.forms().get(k), tokenForms)) {
        return false;
      }
    }
    return true;
  }

  private static String check(@Nullable String terms) {
    String cleaned = terms == null ? "" : terms.strip();
    long count = Arrays.stream(cleaned.split(",")).filter(t -> !t.isBlank()).count();
    if (count < 2 || cleaned.length() > 1000 || cleaned.matches(".*[\"()|+*~\\\\].*")) {
      throw new InvalidInput("terms", "synonyms.invalid");
    }
    return cleaned;
  }

  /**
   * The groups, read anew when stale by one thread at a time: the others meanwhile search with the
   * groups they have, and wait only when there are none yet (at start and after an edit).
   */
  private Loaded groups() {
    Loaded current = cache.get();
    if (current != null && !stale()) {
      return current;
    }
    if (current != null && !rebuilding.tryLock()) {
      return current;
    }
    if (current == null) {
      rebuilding.lock();
    }
    try {
      Loaded again = cache.get();
      if (again != null && !stale()) {
        return again;
      }
      List<List<Term>> domain = terms(groups.findAll().stream().map(SynonymGroup::termList));
      List<List<Term>> all = new ArrayList<>(domain);
      all.addAll(terms(terms.countryNames().stream()));
      Loaded fresh = new Loaded(List.copyOf(all), domain.size());
      cachedAt = System.currentTimeMillis();
      cache.set(fresh);
      return fresh;
    } finally {
      rebuilding.unlock();
    }
  }

  private List<List<Term>> terms(Stream<List<String>> groups) {
    return groups
        .filter(list -> list.size() > 1)
        .map(list -> list.stream().map(this::term).toList())
        .toList();
  }

  private boolean stale() {
    return System.currentTimeMillis() - cachedAt > REFRESH_MILLIS;
  }

  private void reloadAfterCommit() {
    AfterCommit.run(() -> cache.set(null));
  }
}
