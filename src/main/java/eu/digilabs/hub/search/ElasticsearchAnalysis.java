package eu.digilabs.hub.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analysis} for the Elasticsearch/OpenSearch backend (profile {@code
 * elasticsearch}): the same names, built from the server's own token filters.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .tokenFilter("hub_compounds")
        .type("dictionary_decompounder")
        .param("word_list", compoundParts())
        .param("min_subword_size", 3)
        .param("only_longest_match", false);
    context.tokenFilter("hub_german_stem").type("stemmer").param("language", "light_german");
    context
        .tokenFilter("hub_english_possessive")
        .type("stemmer")
        .param("language", "possessive_english");
    context.tokenFilter("hub_french_stem").type("stemmer").param("language", "light_french");
    context
        .tokenFilter("hub_french_elision")
        .type("elision")
        .param("articles_case", true)
        .param(
            "articles",
            "l",
            "m",
            "t",
            "qu",
            "n",
            "s",
            "j",
            "d",
            "c",
            "jusqu",
            "quoiqu",
            "lorsqu",
            "puisqu");
    context.tokenFilter("hub_estonian_stem").type("snowball").param("language", "Estonian");

    context
        .analyzer(SearchFields.PLAIN)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
    context
        .analyzer(SearchFields.GERMAN)
        .custom()
        .tokenizer("standard")
        .tokenFilters(
            "lowercase",
            "hub_compounds",
            "german_normalization",
            "hub_german_stem",
            "asciifolding");
    context
        .analyzer(SearchFields.GERMAN_QUERY)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "german_normalization", "hub_german_stem", "asciifolding");
    context
        .analyzer(SearchFields.ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "hub_english_possessive", "porter_stem", "asciifolding");
    context
        .analyzer(SearchFields.FRENCH)
        .custom()
        .tokenizer("standard")
        .tokenFilters("hub_french_elision", "lowercase", "hub_french_stem", "asciifolding");
    context
        .analyzer(SearchFields.ESTONIAN)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "hub_estonian_stem", "asciifolding");
  }

  /** The word parts of {@link Analysis#COMPOUND_PARTS}, sent inline: the server has no files. */
  static String[] compoundParts() {
    try (InputStream in =
        ElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(Analysis.COMPOUND_PARTS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
