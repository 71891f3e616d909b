package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.Glossary.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary the hub ships ({@code translation/glossary.tsv}): per line the source language, the
 * target language ({@code *} for any), the term and its rendering.
 */
final class GlossaryTerms {

  /** A term for the pairs it applies to. */
  record Entry(String from, String to, Term term) {

    boolean appliesTo(LanguagePair pair) {
      return (from.equals("*") || from.equals(pair.from()))
          && (to.equals("*") || to.equals(pair.to()));
    }
  }

  private GlossaryTerms() {}

  static List<Entry> shipped() {
    try (InputStream in = GlossaryTerms.class.getResourceAsStream("/translation/glossary.tsv")) {
      if (in == null) {
        return List.of();
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 4) {
        throw new IllegalArgumentException(
            "a glossary line needs four tab-separated cells: " + line);
      }
      entries.add(
          new Entry(cells[0].strip(), cells[1].strip(), new Term(cells[2], cells[3].strip())));
    }
    return entries;
  }

  /** The glossary for one pair. */
  static Glossary forPair(List<Entry> entries, LanguagePair pair) {
    return new Glossary(entries.stream().filter(e -> e.appliesTo(pair)).map(Entry::term).toList());
  }
}
