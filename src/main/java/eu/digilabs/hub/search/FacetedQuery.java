package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.EMBEDDING;
import static eu.digilabs.hub.search.SearchFields.UPDATED;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;
import static eu.digilabs.hub.search.SearchFields.YEAR;

import eu.digilabs.hub.shared.text.QueryText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One index query of the search page: published items of every indexed entity that pass the
 * request's filters and match the words and/or the vector, highlighted, with facet counts.
 */
@Component
class FacetedQuery {

  /** Facet values counted per field. */
  static final int FACET_VALUES = 30;

  private final SearchProperties properties;

  FacetedQuery(SearchProperties properties) {
    this.properties = properties;
  }

  /** One query's hits, total and facets. */
  record Page(
      SearchSession session,
      List<SearchResults.Hit> hits,
      long total,
      Map<String, Map<String, Long>> facets) {}

  /**
   * Items matching the words and/or the vector (either is enough when both are given; all published
   * items when neither is), {@code limit} hits from {@code offset}.
   */
  Page run(
      SearchSession session,
      SearchRequest request,
      @Nullable Function<SearchPredicateFactory, PredicateFinalStep> words,
      float @Nullable [] vector,
      int offset,
      int limit,
      boolean withFacets) {
    Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
    SearchService.FACETS.forEach(field -> keys.put(field, AggregationKey.of(field)));
    AggregationKey<Map<Integer, Long>> years = AggregationKey.of(YEAR);
    var query =
        session
            .search(session.scope(Object.class, SearchService.ENTITIES))
            .select(f -> HitProjection.of(f, vector == null))
            .where(
                (f, root) -> {
                  if (words != null && vector != null) {
                    root.add(f.or(words.apply(f), near(f, request, vector)));
                  } else if (words != null) {
                    root.add(words.apply(f));
                  } else if (vector != null) {
                    root.add(near(f, request, vector));
                  }
                  root.add(filters(f, request));
                })
            .highlighter(
                h ->
                    h.plain()
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(HitProjection.SNIPPET_LENGTH)
                        .numberOfFragments(1)
                        .noMatchSize(HitProjection.SNIPPET_LENGTH));
    if (withFacets) {
      keys.forEach(
          (field, key) ->
              query.aggregation(
                  key, f -> f.terms().field(field, String.class).maxTermCount(FACET_VALUES)));
      query.aggregation(
          years, f -> f.terms().field(YEAR, Integer.class).maxTermCount(FACET_VALUES));
    }
    if ("newest".equals(request.sort())) {
      query.sort(f -> f.field(UPDATED).desc().missing().last());
    }
    var result = query.fetch(offset, limit);
    List<SearchResults.Hit> hits = result.hits().stream().map(HitProjection::hit).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    if (withFacets) {
      keys.forEach((field, key) -> facets.put(field, result.aggregation(key)));
      Map<String, Long> yearCounts = new LinkedHashMap<>();
      result
          .aggregation(years)
          .forEach((year, count) -> yearCounts.put(Integer.toString(year), count));
      facets.put(YEAR, yearCounts);
    }
    return new Page(session, hits, result.total().hitCount(), facets);
  }

  /** The items nearest in meaning to the vector that pass the filters. */
  private PredicateFinalStep near(SearchPredicateFactory f, SearchRequest request, float[] vector) {
    return f.knn(RankFusion.NEIGHBOURS)
        .field(EMBEDDING)
        .matching(vector)
        .filter(filters(f, request))
        .requiredMinimumScore(Embeddings.score(properties.minSimilarity()));
  }

  /** The request's filters (each combinable), and only published items. */
  private static PredicateFinalStep filters(SearchPredicateFactory f, SearchRequest request) {
    return f.bool(
        b -> {
          b.filter(f.match().field(VISIBLE).matching(true));
          request
              .filters()
              .forEach(
                  (field, value) -> {
                    if (!YEAR.equals(field)) {
                      filter(f, b, field, value);
                    }
                  });
          if (request.year() != null) {
            b.filter(f.match().field(YEAR).matching(request.year()));
          }
        });
  }

  private static void filter(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?, ?> b,
      String field,
      @Nullable String value) {
    if (value != null && !value.isBlank()) {
      b.filter(f.match().field(field).matching(QueryText.clean(value)));
    }
  }
}
