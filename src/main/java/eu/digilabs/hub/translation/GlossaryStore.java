package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.translation.Glossary.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The glossary as admins keep it: their own terms (table {@code translation_glossary}) before the
 * terms the hub ships, so an admin's rendering of a shipped term wins. Read for every translation,
 * so it is held in memory and read again after each change.
 */
@Component
class GlossaryStore implements GlossarySource {

  private final JdbcClient jdbc;
  private final List<GlossaryTerms.Entry> shipped = GlossaryTerms.shipped();
  private final AtomicLong generation = new AtomicLong();
  private volatile List<GlossaryTerms.Entry> entries;

  GlossaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.entries = read();
  }

  @Override
  public List<GlossaryTerms.Entry> entries() {
    return entries;
  }

  @Override
  public long generation() {
    return generation.get();
  }

  /** The terms the hub ships, for the admin page (with id 0: they cannot be removed). */
  List<GlossaryTerm> shippedTerms() {
    return shipped.stream()
        .map(e -> new GlossaryTerm(0, e.from(), e.to(), e.term().source(), e.term().target()))
        .toList();
  }

  /** The admins' terms, by source language, target language and term. */
  List<GlossaryTerm> adminTerms() {
    return jdbc.sql(
            "select id, source_language, target_language, term, rendering from translation_glossary"
                + " order by source_language, target_language, lower(term)")
        .query(
            (row, n) ->
                new GlossaryTerm(
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5)))
        .list();
  }

  /**
   * Adds a term, or changes the rendering of one already there for the same languages.
   *
   * @throws InvalidInput naming each field that is wrong
   */
  void put(String from, String to, String term, String rendering) {
    String source = language(from);
    String target = language(to);
    List<InvalidInput.FieldProblem> problems = new ArrayList<>();
    if (source == null) {
      problems.add(new InvalidInput.FieldProblem("from", "translation.glossary.language"));
    }
    if (target == null) {
      problems.add(new InvalidInput.FieldProblem("to", "translation.glossary.language"));
    }
    if (term.isBlank() || term.strip().length() > 200 || term.contains("\t")) {
      problems.add(new InvalidInput.FieldProblem("term", "translation.glossary.termInvalid"));
    }
    if (rendering.isBlank() || rendering.strip().length() > 200 || rendering.contains("\t")) {
      problems.add(
          new InvalidInput.FieldProblem("rendering", "translation.glossary.renderingInvalid"));
    }
    if (!problems.isEmpty() || source == null || target == null) {
      throw new InvalidInput(problems);
    }
    int changed =
        jdbc.sql(
                "update translation_glossary set rendering = ? where source_language = ?"
                    + " and target_language = ? and term = ?")
            .params(rendering.strip(), source, target, term.strip())
            .update();
    if (changed == 0) {
      try {
        jdbc.sql(
                "insert into translation_glossary (source_language, target_language, term,"
                    + " rendering, created_at) values (?, ?, ?, ?, ?)")
            .params(source, target, term.strip(), rendering.strip(), SqlTime.of(Instant.now()))
            .update();
      } catch (DuplicateKeyException addedMeanwhile) {
        put(from, to, term, rendering);
        return;
      }
    }
    changed();
  }

  void remove(long id) {
    jdbc.sql("delete from translation_glossary where id = ?").param(id).update();
    changed();
  }

  private void changed() {
    entries = read();
    generation.incrementAndGet();
  }

  private List<GlossaryTerms.Entry> read() {
    List<GlossaryTerms.Entry> all = new ArrayList<>();
    for (GlossaryTerm term : adminTerms()) {
      all.add(
          new GlossaryTerms.Entry(term.from(), term.to(), new Term(term.term(), term.rendering())));
    }
    all.addAll(shipped);
    return List.copyOf(all);
  }

  private static @org.jspecify.annotations.Nullable String language(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    return lower.equals("*") || LanguageCodes.EU_OFFICIAL.contains(lower) ? lower : null;
  }
}
