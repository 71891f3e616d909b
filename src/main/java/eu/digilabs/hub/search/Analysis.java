package eu.digilabs.hub.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the index uses. All text is indexed plain (lower case, accents folded: Lübeck =
 * Lubeck), German (compound words split where the parts are in {@value #COMPOUND_PARTS}, German
 * normalisation, light stemming) and English (stemming); French and Estonian text is also indexed
 * with its own stemming (see {@link SearchFields#onlyIn}). A query is analysed every way, so it
 * matches however the content was written.
 */
public class Analysis implements LuceneAnalysisConfigurer {

  /**
   * Word parts of German compounds: one per line, lower case; "labor" finds
   * "Digitalisierungslabor".
   */
  static final String COMPOUND_PARTS = "search/compound-parts-de.txt";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(SearchFields.PLAIN)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    context
        .analyzer(SearchFields.GERMAN)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("dictionaryCompoundWord")
        .param("dictionary", COMPOUND_PARTS)
        .param("minSubwordSize", "3")
        .param("onlyLongestMatch", "false")
        .tokenFilter("germanNormalization")
        .tokenFilter("germanLightStem")
        .tokenFilter("asciiFolding");
    // Queries are not split: "Quantenverwaltung" must not find everything about "Verwaltung".
    context
        .analyzer(SearchFields.GERMAN_QUERY)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("germanNormalization")
        .tokenFilter("germanLightStem")
        .tokenFilter("asciiFolding");
    context
        .analyzer(SearchFields.ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("englishPossessive")
        .tokenFilter("porterStem")
        .tokenFilter("asciiFolding");
    context
        .analyzer(SearchFields.FRENCH)
        .custom()
        .tokenizer("standard")
        .tokenFilter("elision")
        .param("ignoreCase", "true")
        .tokenFilter("lowercase")
        .tokenFilter("frenchLightStem")
        .tokenFilter("asciiFolding");
    context
        .analyzer(SearchFields.ESTONIAN)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("snowballPorter")
        .param("language", "Estonian")
        .tokenFilter("asciiFolding");
  }
}
