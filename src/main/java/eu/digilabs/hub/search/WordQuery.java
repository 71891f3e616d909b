package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.BODY;
import static eu.digilabs.hub.search.SearchFields.BODY_DE;
import static eu.digilabs.hub.search.SearchFields.BODY_EN;
import static eu.digilabs.hub.search.SearchFields.SERVICE;
import static eu.digilabs.hub.search.SearchFields.TEXT;
import static eu.digilabs.hub.search.SearchFields.TEXT_DE;
import static eu.digilabs.hub.search.SearchFields.TEXT_EN;
import static eu.digilabs.hub.search.SearchFields.TEXT_ET;
import static eu.digilabs.hub.search.SearchFields.TEXT_FR;
import static eu.digilabs.hub.search.SearchFields.TITLE;
import static eu.digilabs.hub.search.SearchFields.TITLE_DE;
import static eu.digilabs.hub.search.SearchFields.TITLE_EN;
import static eu.digilabs.hub.search.SearchFields.TITLE_ET;
import static eu.digilabs.hub.search.SearchFields.TITLE_FR;

import java.util.List;
import java.util.function.UnaryOperator;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The words of a query for one way of {@link Matching}, in simple query syntax: titles weigh most,
 * then texts, then bodies. Typo tolerance looks at the plain titles and texts only (fuzzy queries
 * over every analysis cost far more and stemmed forms need no typos).
 *
 * @param text the words as the index is asked for them (synonyms expanded, fuzzy markers)
 * @param operator whether every word or any word must match
 * @param typoTolerant whether only the plain title and text fields are asked
 */
record WordQuery(String text, BooleanOperator operator, boolean typoTolerant) {

  static final float TITLE_BOOST = 3.0f;
  static final float TEXT_BOOST = 1.5f;

  /** The query for the words typed (cleaned, not empty); {@code synonyms} expands words. */
  static WordQuery of(String typed, Matching matching, UnaryOperator<String> synonyms) {
    return switch (matching) {
      case ALL -> new WordQuery(synonyms.apply(typed), BooleanOperator.AND, false);
      case TYPO_TOLERANT -> new WordQuery(Spelling.tolerant(typed), BooleanOperator.AND, true);
      case ANY ->
          new WordQuery(
              synonyms.apply(Spelling.withoutStopWords(typed)), BooleanOperator.OR, false);
    };
  }

  /** The predicate; items linked to one of the public services match too. */
  PredicateFinalStep predicate(SearchPredicateFactory f, List<Long> services) {
    PredicateFinalStep words =
        typoTolerant
            ? f.simpleQueryString()
                .fields(TITLE)
                .boost(TITLE_BOOST)
                .fields(TEXT)
                .boost(TEXT_BOOST)
                .matching(text)
                .defaultOperator(operator)
            : f.simpleQueryString()
                .fields(TITLE, TITLE_DE, TITLE_EN, TITLE_FR, TITLE_ET)
                .boost(TITLE_BOOST)
                .fields(TEXT, TEXT_DE, TEXT_EN, TEXT_FR, TEXT_ET)
                .boost(TEXT_BOOST)
                .fields(BODY, BODY_DE, BODY_EN)
                .matching(text)
                .defaultOperator(operator);
    return services.isEmpty() ? words : f.or(words, f.terms().field(SERVICE).matchingAny(services));
  }
}
