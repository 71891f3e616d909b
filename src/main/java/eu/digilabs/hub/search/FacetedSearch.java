package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.KEY;

import eu.digilabs.hub.search.FacetedQuery.Page;
import eu.digilabs.hub.search.SearchService.Ranking;
import eu.digilabs.hub.shared.text.QueryText;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The search page's results: the words through the {@link MatchCascade}, fused with the items
 * nearest in meaning and with the results for the query's machine translations (reciprocal rank
 * fusion) for the first pages, with facet counts over everything any of them found, the public
 * services whose name or key matches, and the filters the words name.
 */
@Component
class FacetedSearch {

  /** How many results of each ranking are fused; pages further down follow the words only. */
  static final int FUSION_DEPTH = 50;

  /** How many public services are shown beside the results. */
  static final int SERVICES = 10;

  /** Synonym terms shorter than this do not name public services. */
  static final int SERVICE_TERM = 5;

  private final EntityManager entityManager;
  private final Catalogue catalogue;
  private final Synonyms synonyms;
  private final Embeddings embeddings;
  private final FacetedQuery query;
  private final QueryTerms terms;
  private final ObjectProvider<QueryTranslation> translation;

  FacetedSearch(
      EntityManager entityManager,
      Catalogue catalogue,
      Synonyms synonyms,
      Embeddings embeddings,
      FacetedQuery query,
      QueryTerms terms,
      ObjectProvider<QueryTranslation> translation) {
    this.entityManager = entityManager;
    this.catalogue = catalogue;
    this.synonyms = synonyms;
    this.embeddings = embeddings;
    this.query = query;
    this.terms = terms;
    this.translation = translation;
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
      return results(request, all, false, List.of(), null, List.of(), List.of());
    }
    List<SearchResults.Candidate> candidates = candidates(request, typed);
    List<QueryTranslation.Translated> translated = translated(typed);
    // Public services whose name or OZG-ID / LeiKa key matches: shown beside the results, and
    // projects linked to them match too. A translated query may name them ("child benefit").
    List<ServiceView> services = services(typed, translated);
    float @Nullable [] vector =
        ranking != Ranking.LEXICAL && embeddings.enabled() ? embeddings.embedQuery(typed) : null;
    if (vector != null && ranking == Ranking.VECTOR) {
      Page near =
          query.run(
              session, request, null, vector, request.offset(), SearchService.PAGE_SIZE, true);
      return results(request, near, false, services, null, candidates, List.of());
    }
    boolean fuse =
        (vector != null || !translated.isEmpty())
            && !"newest".equals(request.sort())
            && request.offset() < FUSION_DEPTH;
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
    if (!fuse && !translated.isEmpty()) {
      // Beyond the fused pages, or newest first: everything the words or any translation finds,
      // so that the count and the pages agree.
      Function<SearchPredicateFactory, PredicateFinalStep> either =
          either(words(typed, byWords.matching(), serviceIds), translated, serviceIds);
      Page all =
          query.run(
              session, request, either, null, request.offset(), SearchService.PAGE_SIZE, true);
      return results(request, all, relaxed, services, correction, candidates, translated);
    }
    if (!fuse) {
      return results(request, words, relaxed, services, correction, candidates, List.of());
    }
    List<List<SearchResults.Hit>> rankings = new ArrayList<>(List.of(words.hits()));
    Function<SearchPredicateFactory, PredicateFinalStep> found =
        words(typed, byWords.matching(), serviceIds);
    Page union = words;
    if (!translated.isEmpty()) {
      // Each translation is searched and fused with the words; the total and the facets count
      // everything that any of them found.
      for (QueryTranslation.Translated t : translated) {
        rankings.add(translatedHits(session, request, t, serviceIds, limit));
      }
      found = either(found, translated, serviceIds);
      union = query.run(session, request, found, null, 0, 0, true);
    }
    Page byMeaning =
        vector == null
            ? new Page(session, List.of(), 0, Map.of())
            : query.run(session, request, null, vector, 0, RankFusion.NEIGHBOURS, false);
    rankings.add(byMeaning.hits());
    Page meaningOnly = meaningOnly(session, request, union, byMeaning, found);
    List<SearchResults.Hit> fused =
        RankFusion.fuse(rankings, SearchResults.Hit::key).stream()
            .map(RankFusion.Scored::item)
            .toList();
    int from = Math.min(request.offset(), fused.size());
    List<SearchResults.Hit> page =
        fused.subList(from, Math.min(fused.size(), request.offset() + SearchService.PAGE_SIZE));
    return new SearchResults(
        LabNames.added(session, page),
        Math.max(union.total() + meaningOnly.total(), fused.size()),
        request.pageNumber(),
        SearchService.PAGE_SIZE,
        sum(union.facets(), meaningOnly.facets()),
        relaxed,
        services,
        correction,
        candidates,
        translated);
  }

  /**
   * The items a translation finds: those with all its words, as a looser match of a service's
   * translation adds mostly noise. A word list's words, each any of its senses, often miss the
   * items' own words: when all of them find nothing, those with any of them, most words first.
   * (Those are ranked, not counted in the facets.)
   */
  private List<SearchResults.Hit> translatedHits(
      SearchSession session,
      SearchRequest request,
      QueryTranslation.Translated translation,
      List<Long> serviceIds,
      int limit) {
    String text = QueryText.clean(translation.query());
    Page all =
        query.run(session, request, words(text, Matching.ALL, serviceIds), null, 0, limit, false);
    if (all.total() > 0 || !translation.wordByWord() || !MatchCascade.mayMatchAnyWord(text)) {
      return all.hits();
    }
    return query
        .run(session, request, words(text, Matching.ANY, serviceIds), null, 0, limit, false)
        .hits();
  }

  /** The words, or any of the translations with all their words. */
  private Function<SearchPredicateFactory, PredicateFinalStep> either(
      Function<SearchPredicateFactory, PredicateFinalStep> words,
      List<QueryTranslation.Translated> translated,
      List<Long> serviceIds) {
    List<Function<SearchPredicateFactory, PredicateFinalStep>> all = new ArrayList<>();
    all.add(words);
    translated.forEach(t -> all.add(words(QueryText.clean(t.query()), Matching.ALL, serviceIds)));
    return f ->
        f.bool(
            b -> {
              for (var predicate : all) {
                b.should(predicate.apply(f));
              }
            });
  }

  /** The filters the words name that are not applied yet. */
  private List<SearchResults.Candidate> candidates(SearchRequest request, String typed) {
    Map<String, @Nullable String> applied = request.filters();
    return terms.candidates(typed).stream()
        .filter(c -> applied.get(c.field()) == null || applied.get(c.field()).isBlank())
        .toList();
  }

  /**
   * The query in the index's main languages, when a translation provider or a word list is
   * configured.
   */
  private List<QueryTranslation.Translated> translated(String typed) {
    QueryTranslation translator = translation.getIfAvailable();
    return translator == null ? List.of() : translator.translations(typed);
  }

  /**
   * The public services the query names: as typed, as a service translated it (a word list's crude
   * senses would only add scans and unrelated names), else by the other terms of the synonym groups
   * it names (the catalogue is German: "child benefit" names "Kindergeld"). Such a term names a
   * service when a word of the service's name starts with it, and only terms of at least {@value
   * #SERVICE_TERM} letters count ("KI" is in "Kinder").
   */
  private List<ServiceView> services(String typed, List<QueryTranslation.Translated> translated) {
    List<ServiceView> services = catalogue.search(typed, SERVICES);
    for (int i = 0; services.isEmpty() && i < translated.size(); i++) {
      if (!translated.get(i).wordByWord()) {
        services = catalogue.search(translated.get(i).text(), SERVICES);
      }
    }
    if (services.isEmpty()) {
      List<String> others =
          synonyms.otherTerms(typed).stream().filter(t -> t.length() >= SERVICE_TERM).toList();
      for (int i = 0; services.isEmpty() && i < Math.min(others.size(), 3); i++) {
        String term = others.get(i);
        services =
            catalogue.search(term, SERVICES).stream()
                .filter(s -> startsAWord(s.name(), term))
                .toList();
      }
    }
    return services;
  }

  /** Whether a word of {@code name} starts with {@code term} (case and accents as written). */
  static boolean startsAWord(String name, String term) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    String wanted = term.toLowerCase(java.util.Locale.ROOT);
    for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
        return true;
      }
    }
    return false;
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
      @Nullable String correction,
      List<SearchResults.Candidate> candidates,
      List<QueryTranslation.Translated> translated) {
    return new SearchResults(
        LabNames.added(page.session(), page.hits()),
        page.total(),
        request.pageNumber(),
        SearchService.PAGE_SIZE,
        page.facets(),
        relaxed,
        services,
        correction,
        candidates,
        translated);
  }
}
