package eu.digilabs.hub.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the index uses. Text is indexed three times: plain (lower case, accents folded:
 * Lübeck = Lubeck), German (with German normalisation and light stemming) and English (with
 * stemming), so that a query matches whichever way the content was written.
 */
public class Analysis implements LuceneAnalysisConfigurer {

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
  }
}
