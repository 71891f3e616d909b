package eu.digilabs.hub.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A text's words as the index sees them, for comparing texts outside the index (the assistant
 * matches a question's words against sentences). A word is known in its plain, German and English
 * forms (German compounds split into their parts, stems), so "Labore" meets "Digitalisierungslabor"
 * and "pilots" meets "pilot". With the embedded index these are the index's own analyzers; with
 * Elasticsearch or OpenSearch, Lucene's stock German and English analyzers come close.
 */
@Component
public class TextTerms {

  /** Words that carry no topic: German, English and French stop words. */
  private static final CharArraySet STOP_WORDS = stopWords();

  /** The analyses a text's words are taken in. */
  private record Analyzers(
      Analyzer plain, Analyzer german, Analyzer germanQuery, Analyzer english) {}

  private final Analyzers analyzers;

  @Autowired
  TextTerms(EntityManagerFactory entityManagerFactory) {
    this(analyzers(Search.mapping(entityManagerFactory).backend()));
  }

  private TextTerms(Analyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** With Lucene's stock analyzers, as for a backend whose analyzers run on a server. */
  static TextTerms stock() {
    return new TextTerms(stockAnalyzers());
  }

  private static Analyzers analyzers(Backend backend) {
    if (!isLucene(backend)) {
      return stockAnalyzers();
    }
    LuceneBackend lucene = backend.unwrap(LuceneBackend.class);
    return new Analyzers(
        lucene.analyzer(SearchFields.PLAIN).orElseThrow(),
        lucene.analyzer(SearchFields.GERMAN).orElseThrow(),
        lucene.analyzer(SearchFields.GERMAN_QUERY).orElseThrow(),
        lucene.analyzer(SearchFields.ENGLISH).orElseThrow());
  }

  private static Analyzers stockAnalyzers() {
    Analyzer german = new GermanAnalyzer(CharArraySet.EMPTY_SET);
    return new Analyzers(
        new StandardAnalyzer(CharArraySet.EMPTY_SET),
        german,
        german,
        new EnglishAnalyzer(CharArraySet.EMPTY_SET));
  }

  private static boolean isLucene(Backend backend) {
    try {
      backend.unwrap(LuceneBackend.class);
      return true;
    } catch (RuntimeException notLucene) {
      return false;
    }
  }

  private static CharArraySet stopWords() {
    var words = new CharArraySet(600, true);
    words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    words.addAll(GermanAnalyzer.getDefaultStopSet());
    words.addAll(FrenchAnalyzer.getDefaultStopSet());
    return words;
  }

  /** Whether the word (any case) is a stop word in German, English or French. */
  public static boolean stopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /**
   * Every form of every word of a text: plain, German (with compound parts) and English. A word of
   * a question is in the text when one of {@link #forms its forms} is here.
   */
  public Set<String> of(@Nullable String text) {
    Set<String> terms = new LinkedHashSet<>();
    for (Analyzer analyzer : List.of(analyzers.plain(), analyzers.german(), analyzers.english())) {
      terms.addAll(tokens(analyzer, text));
    }
    return terms;
  }

  /** The forms of one word of a question: plain, German (not split) and English. */
  public Set<String> forms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    for (Analyzer analyzer :
        List.of(analyzers.plain(), analyzers.germanQuery(), analyzers.english())) {
      // A single letter ("e" of "e-signature") says nothing about a topic.
      tokens(analyzer, word).stream().filter(t -> t.length() > 1).forEach(forms::add);
    }
    return forms;
  }

  private static List<String> tokens(Analyzer analyzer, @Nullable String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return tokens;
    }
    try (var stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
