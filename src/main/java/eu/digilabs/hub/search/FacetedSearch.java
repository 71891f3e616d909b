package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.KEY;

import eu.digilabs.hub.search.FacetedQuery.Page;
import eu.digilabs.hub.search.SearchService.Ranking;
import eu.digilabs.hub.shared.text.QueryText;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The search page's results: the words through the {@link MatchCascade}, fused with the items
 * nearest in meaning (reciprocal rank fusion) for the first pages of a hybrid ranking, with facet
 * counts over everything either found and the public services whose name or key matches.
 */
@Component
class FacetedSearch {

  /** How many results of each ranking are fused; pages further down follow the words only. */
  static final int FUSION_DEPTH = 50;

  /** How many public services are shown beside the results. */
  static final int SERVICES = 10;

  private final EntityManager entityManager;
  private final Catalogue catalogue;
  private final Synonyms synonyms;
  private final Embeddings embeddings;
  private final FacetedQuery query;

  FacetedSearch(
      EntityManager entityManager,
      Catalogue catalogue,
      Synonyms synonyms,
      Embeddings embeddings,
      FacetedQuery query) {
    this.entityManager = entityManager;
    this.catalogue = catalogue;
    this.synonyms = synonyms;
    this.embeddings = embeddings;
    this.query = query;
  }

  /**
   * One page of results ranked the given way. Each step is one index query: words (see {@link
   * MatchCascade}), then, for the fused ranking, the nearest items by meaning, and the facet counts
   * of those found by meaning only. A vector ranking without embeddings falls back to words.
   */
  SearchResults search(SearchRequest request, Ranking ranking) {
    SearchSession session = Search.session(entityManager);
    String typed = QueryText.clean(request.q());
    if (typed.isEmpty()) {
      Page all =
          query.run(session, request, null, null, request.offset(), SearchService.PAGE_SIZE, true);
      return results(request, all, false, List.of(), null);
    }
    // Public services whose name or OZG-ID / LeiKa key matches: shown beside the results, and
    // projects linked to them match too.
    List<ServiceView> services = catalogue.search(typed, SERVICES);
    float @Nullable [] vector =
        ranking != Ranking.LEXICAL && embeddings.enabled() ? embeddings.embedQuery(typed) : null;
    if (vector != null && ranking == Ranking.VECTOR) {
      Page near =
          query.run(
              session, request, null, vector, request.offset(), SearchService.PAGE_SIZE, true);
      return results(request, near, false, services, null);
    }
    boolean fuse =
        vector != null && !"newest".equals(request.sort()) && request.offset() < FUSION_DEPTH;
    int offset = fuse ? 0 : request.offset();
    int limit = fuse ? FUSION_DEPTH : SearchService.PAGE_SIZE;
    List<Long> serviceIds = services.stream().map(ServiceView::id).toList();
    MatchCascade.Outcome<Page> byWords =
        MatchCascade.run(
            typed,
            matching ->
                query.run(
                    session,
                    request,
                    words(typed, matching, serviceIds),
                    null,
                    offset,
                    limit,
                    true),
            Page::total);
    Page words = byWords.result();
    String correction =
        byWords.matching() == Matching.TYPO_TOLERANT && words.total() > 0
            ? Spelling.correct(typed, words.hits())
            : null;
    boolean relaxed = byWords.matching() == Matching.ANY;
    if (!fuse) {
      return results(request, words, relaxed, services, correction);
    }
    Page byMeaning = query.run(session, request, null, vector, 0, RankFusion.NEIGHBOURS, false);
    Page meaningOnly =
        meaningOnly(
            session, request, words, byMeaning, words(typed, byWords.matching(), serviceIds));
    List<SearchResults.Hit> fused =
        RankFusion.fuse(List.of(words.hits(), byMeaning.hits()), SearchResults.Hit::key).stream()
            .map(RankFusion.Scored::item)
            .toList();
    int from = Math.min(request.offset(), fused.size());
    List<SearchResults.Hit> page =
        fused.subList(from, Math.min(fused.size(), request.offset() + SearchService.PAGE_SIZE));
    return new SearchResults(
        LabNames.added(session, page),
        Math.max(words.total() + meaningOnly.total(), fused.size()),
        request.pageNumber(),
        SearchService.PAGE_SIZE,
        sum(words.facets(), meaningOnly.facets()),
        relaxed,
        services,
        correction);
  }

  private Function<SearchPredicateFactory, PredicateFinalStep> words(
      String typed, Matching matching, List<Long> serviceIds) {
    WordQuery words = WordQuery.of(typed, matching, synonyms::expand);
    return f -> words.predicate(f, serviceIds);
  }

  /**
   * Items found by meaning but not among the words' results count in the total and the facets: one
   * more query, by key, without the words (they may lie beyond the words' first results).
   */
  private Page meaningOnly(
      SearchSession session,
      SearchRequest request,
      Page byWords,
      Page byMeaning,
      Function<SearchPredicateFactory, PredicateFinalStep> words) {
    Set<String> byWordsKeys = new HashSet<>();
    byWords.hits().forEach(hit -> byWordsKeys.add(hit.key()));
    List<String> keys =
        byMeaning.hits().stream()
            .map(SearchResults.Hit::key)
            .filter(key -> !byWordsKeys.contains(key))
            .toList();
    if (keys.isEmpty()) {
      return new Page(session, List.of(), 0, Map.of());
    }
    Function<SearchPredicateFactory, PredicateFinalStep> onlyByMeaning =
        byWords.total() <= byWords.hits().size()
            ? f -> f.terms().field(KEY).matchingAny(keys)
            : f -> f.and(f.terms().field(KEY).matchingAny(keys), f.not(words.apply(f)));
    return query.run(session, request, onlyByMeaning, null, 0, 0, true);
  }

  private static Map<String, Map<String, Long>> sum(
      Map<String, Map<String, Long>> a, Map<String, Map<String, Long>> b) {
    Map<String, Map<String, Long>> sum = new LinkedHashMap<>();
    a.forEach((field, counts) -> sum.put(field, new LinkedHashMap<>(counts)));
    b.forEach(
        (field, counts) ->
            counts.forEach(
                (value, count) ->
                    sum.computeIfAbsent(field, k -> new LinkedHashMap<>())
                        .merge(value, count, Long::sum)));
    return sum;
  }

  private static SearchResults results(
      SearchRequest request,
      Page page,
      boolean relaxed,
      List<ServiceView> services,
      @Nullable String correction) {
    return new SearchResults(
        LabNames.added(page.session(), page.hits()),
        page.total(),
        request.pageNumber(),
        SearchService.PAGE_SIZE,
        page.facets(),
        relaxed,
        services,
        correction);
  }
}
