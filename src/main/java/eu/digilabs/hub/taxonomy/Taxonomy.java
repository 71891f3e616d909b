package eu.digilabs.hub.taxonomy;

import eu.digilabs.hub.shared.AfterCommit;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The controlled vocabularies. They are small and read on every page, so they are held in memory
 * and reloaded after each committed change.
 */
@Service
public class Taxonomy {

  private final Terms terms;
  private final TermLabels more = new TermLabels();
  private final AtomicReference<Map<String, List<TermView>>> cache = new AtomicReference<>();

  Taxonomy(Terms terms) {
    this.terms = terms;
  }

  /** All entries of a vocabulary, active and retired, in their display order. */
  public List<TermView> all(Vocabulary vocabulary) {
    return loaded().getOrDefault(vocabulary.code(), List.of());
  }

  /** The active entries of a vocabulary, for pickers and filters. */
  public List<TermView> terms(Vocabulary vocabulary) {
    return all(vocabulary).stream().filter(TermView::active).toList();
  }

  public Optional<TermView> find(Vocabulary vocabulary, String code) {
    return all(vocabulary).stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public boolean exists(Vocabulary vocabulary, String code) {
    return code != null && find(vocabulary, code).isPresent();
  }

  /** The label in the given language; the code itself for unknown codes, empty for none. */
  public String label(Vocabulary vocabulary, String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return find(vocabulary, code).map(t -> t.label(locale)).orElse(code);
  }

  public List<String> labels(Vocabulary vocabulary, Collection<String> codes, Locale locale) {
    return codes.stream().map(c -> label(vocabulary, c, locale)).toList();
  }

  /**
   * Finds the entry that a piece of text names: its code, or its label in any language it has,
   * ignoring case, accents and punctuation: Deutschland, germany, Estonie and DE all find theirs.
   */
  public Optional<String> resolve(Vocabulary vocabulary, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = normalise(text);
    return all(vocabulary).stream()
        .filter(
            t ->
                normalise(t.code()).equals(wanted)
                    || t.names().stream().anyMatch(n -> normalise(n).equals(wanted)))
        .map(TermView::code)
        .findFirst();
  }

  /** The codes of {@code codes} that are not entries of the vocabulary. */
  public List<String> unknown(Vocabulary vocabulary, Collection<String> codes) {
    return codes.stream().filter(c -> !exists(vocabulary, c)).toList();
  }

  /** Adds {@code field} problems for every unknown code; for validating forms and API input. */
  public void check(
      Vocabulary vocabulary,
      String field,
      Collection<String> codes,
      List<InvalidInput.FieldProblem> into) {
    for (String code : codes) {
      if (code != null && !code.isBlank() && !exists(vocabulary, code)) {
        into.add(new InvalidInput.FieldProblem(field, "validation.unknownTerm", code));
      }
    }
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public TermView add(Vocabulary vocabulary, String code, String labelDe, String labelEn) {
    if (terms.findByVocabularyAndCode(vocabulary.code(), code).isPresent()) {
      throw new InvalidInput("code", "validation.duplicateCode", code);
    }
    Term term =
        terms.save(
            new Term(
                vocabulary, code, labelDe, labelEn, terms.countByVocabulary(vocabulary.code())));
    reloadAfterCommit();
    return term.view(more);
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public TermView update(
      Vocabulary vocabulary,
      String code,
      String labelDe,
      String labelEn,
      boolean active,
      Long version) {
    Term term =
        terms
            .findByVocabularyAndCode(vocabulary.code(), code)
            .orElseThrow(() -> new NotFound("Term " + vocabulary.code() + "/" + code));
    if (version != null && version != term.version()) {
      throw new Conflict(
          "This entry was changed by someone else (version " + term.version() + ").");
    }
    term.relabel(labelDe, labelEn, active);
    terms.flush();
    reloadAfterCommit();
    return term.view(more);
  }

  private void reloadAfterCommit() {
    AfterCommit.run(() -> cache.set(null));
  }

  private Map<String, List<TermView>> loaded() {
    Map<String, List<TermView>> current = cache.get();
    if (current == null) {
      current =
          terms.findAllByOrderByVocabularyAscPositionAscCodeAsc().stream()
              .map(t -> t.view(more))
              .collect(
                  Collectors.groupingBy(
                      TermView::vocabulary,
                      LinkedHashMap::new,
                      Collectors.toCollection(ArrayList::new)));
      cache.set(current);
    }
    return current;
  }

  static String normalise(String text) {
    String folded =
        Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return folded.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
