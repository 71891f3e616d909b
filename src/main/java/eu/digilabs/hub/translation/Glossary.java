package eu.digilabs.hub.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms every provider must render one way: names kept as they are (OZG, EfA, LeiKa, BAföG, lab
 * names) and terms with a fixed translation ("Themenfeld" is "subject area"). Before a text goes to
 * a provider, each term becomes a placeholder ({@code ⟦0⟧}) that machine translation passes through
 * as a name; afterwards the placeholder becomes the term's rendering.
 */
final class Glossary {

  /**
   * A term as written in the source language and as it must read in the target; {@code target}
   * equal to {@code source} keeps the term as it is.
   */
  record Term(String source, String target) {}

  /** A text with its terms replaced, and what each placeholder stands for. */
  record Protected(String text, List<String> renderings) {

    /** The translated text with every placeholder turned into its term. */
    String restore(String translated) {
      Matcher placeholder = PLACEHOLDER.matcher(translated);
      StringBuilder restored = new StringBuilder();
      while (placeholder.find()) {
        int index = Integer.parseInt(placeholder.group(1));
        String term = index < renderings.size() ? renderings.get(index) : placeholder.group();
        placeholder.appendReplacement(restored, Matcher.quoteReplacement(term));
      }
      placeholder.appendTail(restored);
      return restored.toString();
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("⟦\\s*(\\d{1,4})\\s*⟧");

  private final Map<String, String> renderings = new HashMap<>();
  private final Pattern anyTerm;

  Glossary(List<Term> terms) {
    List<String> sources = new ArrayList<>();
    for (Term term : terms) {
      if (!term.source().isBlank()
          && renderings.putIfAbsent(term.source(), term.target()) == null) {
        sources.add(term.source());
      }
    }
    // Longest first, so "OZG-Leistung" wins over "OZG".
    sources.sort(Comparator.comparingInt(String::length).reversed());
    this.anyTerm =
        sources.isEmpty()
            ? Pattern.compile("(?!)")
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])("
                    + String.join("|", sources.stream().map(Pattern::quote).toList())
                    + ")(?![\\p{L}\\p{N}])");
  }

  /** Replaces each whole-word occurrence of a term (case as written) with a placeholder. */
  Protected protect(String text) {
    List<String> used = new ArrayList<>();
    Matcher found = anyTerm.matcher(text);
    StringBuilder out = new StringBuilder();
    while (found.find()) {
      found.appendReplacement(out, Matcher.quoteReplacement("⟦" + used.size() + "⟧"));
      used.add(renderings.getOrDefault(found.group(1), found.group(1)));
    }
    found.appendTail(out);
    return new Protected(out.toString(), List.copyOf(used));
  }
}
