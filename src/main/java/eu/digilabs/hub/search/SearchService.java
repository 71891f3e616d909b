package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.*;

import eu.digilabs.hub.shared.text.QueryText;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches everything published across the modules' indexes, with facets.
 *
 * <p>Words are matched first all together; when nothing has them all, with typo tolerance (longer
 * words may be one or two letters off); then any of them. With embeddings on, the results for words
 * are fused with the items nearest in meaning to the query (reciprocal rank fusion), so that "robot
 * for floods" finds a project about drones in disaster protection.
 */
@Service
public class SearchService {

  /** The indexed entities, by entity name; each module adds its own here. */
  static final List<String> ENTITIES =
      List.of("Lab", "Project", "Event", "EventSession", "Article", "FailureReport", "MethodCard");

  /** The type each indexed entity shows as in results, facets and the API. */
  static final Map<String, String> TYPES =
      Map.of(
          "Lab",
          "lab",
          "Project",
          "project",
          "Event",
          "event",
          "EventSession",
          "session",
          "Article",
          "article",
          "FailureReport",
          "failure-report",
          "MethodCard",
          "method");

  static final int PAGE_SIZE = 20;

  /** How many results of each ranking are fused; pages further down follow the words only. */
  static final int FUSION_DEPTH = 50;

  /** How many nearest items in meaning take part in the fusion. */
  static final int NEIGHBOURS = 40;

  /** The usual constant of reciprocal rank fusion: a result's score is sum of 1 / (k + rank). */
  static final int RRF_K = 60;

  /** Facet fields in the order the page shows them. */
  public static final List<String> FACETS =
      List.of(
          TYPE,
          COUNTRY,
          LEVEL,
          POLICY_AREA,
          TECHNOLOGY,
          PHASE,
          STATUS,
          LANGUAGE,
          EVENT_TYPE,
          ATTENDANCE,
          MONTH,
          KIND,
          CAUSE);

  /** How a query's words must match. */
  enum Matching {
    ALL,
    TYPO_TOLERANT,
    ANY,
    NONE
  }

  /** Which rankings the search uses: the page's default follows configuration. */
  public enum Ranking {
    LEXICAL,
    VECTOR,
    HYBRID
  }

  private final EntityManager entityManager;
  private final Catalogue catalogue;
  private final Synonyms synonyms;
  private final Embeddings embeddings;
  private final SearchProperties properties;
  private final MeterRegistry meters;

  SearchService(
      EntityManager entityManager,
      Catalogue catalogue,
      Synonyms synonyms,
      Embeddings embeddings,
      SearchProperties properties,
      MeterRegistry meters) {
    this.meters = meters;
    this.entityManager = entityManager;
    this.catalogue = catalogue;
    this.synonyms = synonyms;
    this.embeddings = embeddings;
    this.properties = properties;
  }

  /** The configured ranking: hybrid when embeddings and hybrid ranking are on. */
  public Ranking defaultRanking() {
    return embeddings.enabled() && properties.hybrid() ? Ranking.HYBRID : Ranking.LEXICAL;
  }

  @Transactional(readOnly = true)
  public SearchResults search(SearchRequest request) {
    return search(request, defaultRanking());
  }

  /**
   * One page of results ranked the given way, with facet counts over everything found. A vector
   * ranking without embeddings falls back to words.
   *
   * <p>Each step is one index query: words (all, then typo-tolerant, then any, until something
   * matches), then, for the fused ranking, the nearest items by meaning, and the facet counts of
   * those found by meaning only.
   */
  @Transactional(readOnly = true)
  public SearchResults search(SearchRequest request, Ranking ranking) {
    // hub.search.queries: how many queries and how long they took, by ranking.
    return Timer.builder("hub.search.queries")
        .description("Search queries and their duration")
        .tag("ranking", ranking.name().toLowerCase(java.util.Locale.ROOT))
        .register(meters)
        .record(() -> ranked(request, ranking));
  }

  private SearchResults ranked(SearchRequest request, Ranking ranking) {
    SearchSession session = Search.session(entityManager);
    String typed = QueryText.clean(request.q());
    if (typed.isEmpty()) {
      return run(session, request, null, null, request.offset(), PAGE_SIZE, true)
          .results(request, Matching.NONE, List.of(), null);
    }
    // Public services whose name or OZG-ID / LeiKa key matches: shown beside the results, and
    // projects linked to them match too.
    List<ServiceView> services = catalogue.search(typed, 10);
    float[] query =
        ranking != Ranking.LEXICAL && embeddings.enabled() ? embeddings.embedQuery(typed) : null;
    if (query != null && ranking == Ranking.VECTOR) {
      return run(session, request, null, query, request.offset(), PAGE_SIZE, true)
          .results(request, Matching.ALL, services, null);
    }
    boolean fuse =
        query != null && !"newest".equals(request.sort()) && request.offset() < FUSION_DEPTH;
    int offset = fuse ? 0 : request.offset();
    int limit = fuse ? FUSION_DEPTH : PAGE_SIZE;
    Matching matching = Matching.ALL;
    Page words = run(session, request, words(typed, matching, services), null, offset, limit, true);
    String correction = null;
    if (words.total() == 0) {
      matching = Matching.TYPO_TOLERANT;
      words = run(session, request, words(typed, matching, services), null, offset, limit, true);
      if (words.total() > 0) {
        correction = Spelling.correct(typed, words.hits());
      } else if (typed.contains(" ") && !Spelling.withoutStopWords(typed).isEmpty()) {
        matching = Matching.ANY;
        words = run(session, request, words(typed, matching, services), null, offset, limit, true);
      }
    }
    if (!fuse) {
      return words.results(request, matching, services, correction);
    }
    return fused(session, request, words, query, matching, services, correction);
  }

  /**
   * Words and meaning fused: the first {@link #FUSION_DEPTH} results by words and the {@link
   * #NEIGHBOURS} nearest by meaning, each item scored by the sum of 1 / (60 + its rank) in each.
   * Facets and the total count everything either ranking found.
   */
  private SearchResults fused(
      SearchSession session,
      SearchRequest request,
      Page byWords,
      float[] query,
      Matching matching,
      List<ServiceView> services,
      String correction) {
    Page byMeaning = run(session, request, null, query, 0, NEIGHBOURS, false);
    Map<String, Double> scores = new HashMap<>();
    Map<String, SearchResults.Hit> hits = new LinkedHashMap<>();
    for (var ranked : List.of(byWords.hits(), byMeaning.hits())) {
      for (int rank = 0; rank < ranked.size(); rank++) {
        SearchResults.Hit hit = ranked.get(rank);
        scores.merge(hit.key(), 1.0 / (RRF_K + rank + 1), Double::sum);
        hits.putIfAbsent(hit.key(), hit);
      }
    }
    // Items found by meaning but not among the words' results count in the total and the facets:
    // one more query, by key, without the words (they may lie beyond the words' first results).
    Set<String> byWordsKeys = new java.util.HashSet<>();
    byWords.hits().forEach(hit -> byWordsKeys.add(hit.key()));
    List<String> meaningOnly =
        byMeaning.hits().stream()
            .map(SearchResults.Hit::key)
            .filter(key -> !byWordsKeys.contains(key))
            .toList();
    Map<String, Map<String, Long>> facets = byWords.facets();
    long total = byWords.total();
    if (!meaningOnly.isEmpty()) {
      var words = words(request.q(), matching, services);
      Function<SearchPredicateFactory, PredicateFinalStep> onlyByMeaning =
          byWords.total() <= byWords.hits().size()
              ? f -> f.terms().field(KEY).matchingAny(meaningOnly)
              : f -> f.and(f.terms().field(KEY).matchingAny(meaningOnly), f.not(words.apply(f)));
      Page extra = run(session, request, onlyByMeaning, null, 0, 0, true);
      facets = sum(facets, extra.facets());
      total += extra.total();
    }
    List<SearchResults.Hit> order = new ArrayList<>(hits.values());
    order.sort((a, b) -> Double.compare(scores.get(b.key()), scores.get(a.key())));
    int from = Math.min(request.offset(), order.size());
    List<SearchResults.Hit> page =
        order.subList(from, Math.min(order.size(), request.offset() + PAGE_SIZE));
    return new SearchResults(
        labNames(session, page),
        Math.max(total, order.size()),
        request.pageNumber(),
        PAGE_SIZE,
        facets,
        matching == Matching.ANY,
        services,
        correction);
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

  /** The predicate for the words, or null when there are none. */
  private Function<SearchPredicateFactory, PredicateFinalStep> words(
      String query, Matching matching, List<ServiceView> services) {
    String typed = QueryText.clean(query);
    if (matching == Matching.NONE || typed.isEmpty()) {
      return null;
    }
    List<Long> serviceIds = services.stream().map(ServiceView::id).toList();
    return f -> {
      PredicateFinalStep words;
      if (matching == Matching.TYPO_TOLERANT) {
        words =
            f.simpleQueryString()
                .fields(TITLE)
                .boost(3.0f)
                .fields(TEXT)
                .boost(1.5f)
                .matching(Spelling.tolerant(typed))
                .defaultOperator(BooleanOperator.AND);
      } else {
        words =
            f.simpleQueryString()
                .fields(TITLE, TITLE_DE, TITLE_EN, TITLE_FR, TITLE_ET)
                .boost(3.0f)
                .fields(TEXT, TEXT_DE, TEXT_EN, TEXT_FR, TEXT_ET)
                .boost(1.5f)
                .fields(BODY, BODY_DE, BODY_EN)
                .matching(
                    synonyms.expand(
                        matching == Matching.ANY ? Spelling.withoutStopWords(typed) : typed))
                .defaultOperator(
                    matching == Matching.ANY ? BooleanOperator.OR : BooleanOperator.AND);
      }
      return serviceIds.isEmpty()
          ? words
          : f.or(words, f.terms().field(SERVICE).matchingAny(serviceIds));
    };
  }

  /**
   * One query: published items matching the request's filters and the words and/or the vector
   * (either is enough when both are given), {@code limit} hits from {@code offset}.
   */
  private Page run(
      SearchSession session,
      SearchRequest request,
      Function<SearchPredicateFactory, PredicateFinalStep> words,
      float[] vector,
      int offset,
      int limit,
      boolean withFacets) {
    Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
    FACETS.forEach(field -> keys.put(field, AggregationKey.of(field)));
    AggregationKey<Map<Integer, Long>> years = AggregationKey.of(YEAR);
    var query =
        session
            .search(session.scope(Object.class, ENTITIES))
            .select(f -> hitProjection(f, vector == null))
            .where(
                (f, root) -> {
                  PredicateFinalStep near =
                      vector == null
                          ? null
                          : f.knn(NEIGHBOURS)
                              .field(EMBEDDING)
                              .matching(vector)
                              .filter(filters(f, request))
                              .requiredMinimumSimilarity(properties.minSimilarity().floatValue());
                  if (words != null && near != null) {
                    root.add(f.or(words.apply(f), near));
                  } else if (words != null) {
                    root.add(words.apply(f));
                  } else if (near != null) {
                    root.add(near);
                  }
                  root.add(filters(f, request));
                })
            .highlighter(
                h ->
                    h.plain()
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(200)
                        .numberOfFragments(1)
                        .noMatchSize(200));
    if (withFacets) {
      keys.forEach(
          (field, key) ->
              query.aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(30)));
      query.aggregation(years, f -> f.terms().field(YEAR, Integer.class).maxTermCount(30));
    }
    if ("newest".equals(request.sort())) {
      query.sort(f -> f.field(UPDATED).desc().missing().last());
    }
    var result = query.fetch(offset, limit);
    List<SearchResults.Hit> hits = result.hits().stream().map(SearchService::hit).toList();
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
      org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> b,
      String field,
      String value) {
    if (value != null && !value.isBlank()) {
      b.filter(f.match().field(field).matching(QueryText.clean(value)));
    }
  }

  /**
   * What a hit shows, over all indexed entities. Lucene's highlighter cannot read a vector query,
   * so hits found by meaning carry the start of their text instead of highlighted passages.
   */
  static ProjectionFinalStep<List<?>> hitProjection(
      SearchProjectionFactory<?, ?> f, boolean highlighted) {
    return hitProjection(f, highlighted, true);
  }

  /**
   * What a hit shows; {@code events} says whether the scope holds events and sessions, whose
   * attendance mode the hit shows too (the field exists only in their indexes).
   */
  static ProjectionFinalStep<List<?>> hitProjection(
      SearchProjectionFactory<?, ?> f, boolean highlighted, boolean events) {
    return f.composite()
        .from(
            f.entityReference(),
            f.field(TITLE, String.class),
            highlighted ? f.highlight(TEXT) : f.field(TEXT, String.class),
            f.field(COUNTRY, String.class),
            f.field(STATUS, String.class),
            f.field(LAB, Long.class),
            events ? f.field(ATTENDANCE, String.class) : f.constant(null))
        .asList();
  }

  static SearchResults.Hit hit(List<?> row) {
    EntityReference reference = (EntityReference) row.get(0);
    String snippet;
    if (row.get(2) instanceof List<?> snippets) {
      snippet = snippets.isEmpty() ? "" : (String) snippets.get(0);
    } else {
      snippet = start((String) row.get(2));
    }
    return new SearchResults.Hit(
        TYPES.getOrDefault(reference.name(), "project"),
        ((Number) reference.id()).longValue(),
        (String) row.get(1),
        snippet,
        (String) row.get(3),
        (String) row.get(4),
        (Long) row.get(5),
        null,
        (String) row.get(6));
  }

  /** The first 200 characters of a text, cut at a word and HTML-escaped, like a snippet. */
  static String start(String text) {
    if (text == null) {
      return "";
    }
    int cut = text.lastIndexOf(' ', 200);
    String start = text.length() <= 200 ? text : text.substring(0, cut > 0 ? cut : 200);
    return org.springframework.web.util.HtmlUtils.htmlEscape(start.strip());
  }

  /** The hits with the names of the labs their projects belong to (one index query). */
  static List<SearchResults.Hit> labNames(SearchSession session, List<SearchResults.Hit> hits) {
    Set<Long> labs = new LinkedHashSet<>();
    hits.stream()
        .filter(hit -> "project".equals(hit.type()) && hit.lab() != null)
        .forEach(hit -> labs.add(hit.lab()));
    if (labs.isEmpty()) {
      return hits;
    }
    Map<Long, String> names = labTitles(session, labs);
    return hits.stream()
        .map(hit -> "project".equals(hit.type()) ? hit.withLabName(names.get(hit.lab())) : hit)
        .toList();
  }

  /** Titles of the given published labs, by id. */
  static Map<Long, String> labTitles(SearchSession session, Collection<Long> labs) {
    Map<Long, String> names = new HashMap<>();
    if (labs.isEmpty()) {
      return names;
    }
    session
        .search(session.scope(Object.class, "Lab"))
        .select(
            f ->
                f.composite().from(f.field(LAB, Long.class), f.field(TITLE, String.class)).asList())
        .where(
            f ->
                f.and(
                    f.match().field(VISIBLE).matching(true),
                    f.terms().field(LAB).matchingAny(labs)))
        .fetchHits(labs.size())
        .forEach(row -> names.put((Long) row.get(0), (String) row.get(1)));
    return names;
  }

  /**
   * Up to {@code limit} titles of published items that start with the words typed so far (the last
   * word may be incomplete), for suggestions while typing.
   */
  @Transactional(readOnly = true)
  public List<SearchResults.Hit> suggest(String typed, int limit) {
    String text = QueryText.clean(typed).replaceAll("[\"()|+*~\\\\-]", " ").strip();
    if (text.length() < 2) {
      return List.of();
    }
    SearchSession session = Search.session(entityManager);
    return session
        .search(session.scope(Object.class, ENTITIES))
        .select(f -> hitProjection(f, true))
        .where(
            (f, root) -> {
              root.add(f.match().field(VISIBLE).matching(true));
              root.add(
                  f.simpleQueryString()
                      .fields(TITLE)
                      .matching(text + "*")
                      .defaultOperator(BooleanOperator.AND));
            })
        .fetchHits(Math.max(1, Math.min(limit, 10)))
        .stream()
        .map(SearchService::hit)
        .toList();
  }

  /** An item of {@link #rank}: the indexed entity's name and id, and its fused score. */
  public record RankedItem(String entity, long id, double score) {}

  /** The best items of {@link #rank} and how many matched the words. */
  public record Ranked(List<RankedItem> items, long total) {}

  /**
   * A condition on a keyword field: it holds one of the values, or (when {@code orMissing}) the
   * item has no value in that field at all (a failure report has no country: a question about
   * Estonia need not exclude it).
   */
  public record Condition(String field, Collection<?> values, boolean orMissing) {

    public static Condition anyOf(String field, Collection<?> values) {
      return new Condition(field, values, false);
    }
  }

  /**
   * The best {@code limit} published items of the given indexed entities (other modules' entities
   * that follow the field contract of {@link SearchFields}, such as the assistant's passages),
   * ranked the way the search page ranks: the words {@code q} (all of them, else typo-tolerant,
   * else any), fused with the items nearest in meaning to {@code meaning} when embeddings are on.
   * Every condition must hold. Without words or meaning, every item that passes them matches.
   */
  @Transactional(readOnly = true)
  public Ranked rank(
      List<String> entities, String q, String meaning, List<Condition> conditions, int limit) {
    SearchSession session = Search.session(entityManager);
    String typed = QueryText.clean(q);
    float[] vector =
        defaultRanking() == Ranking.HYBRID && meaning != null && !meaning.isBlank()
            ? embeddings.embedQuery(QueryText.clean(meaning))
            : null;
    Function<SearchPredicateFactory, PredicateFinalStep> scope =
        f ->
            f.bool(
                b -> {
                  b.filter(f.match().field(VISIBLE).matching(true));
                  for (Condition c : conditions) {
                    PredicateFinalStep holds = f.terms().field(c.field()).matchingAny(c.values());
                    b.filter(
                        c.orMissing() ? f.or(holds, f.not(f.exists().field(c.field()))) : holds);
                  }
                });
    List<RankedItem> byWords = List.of();
    long total = 0;
    if (!typed.isEmpty()) {
      for (Matching matching : List.of(Matching.ALL, Matching.TYPO_TOLERANT, Matching.ANY)) {
        if (matching == Matching.ANY && Spelling.withoutStopWords(typed).isEmpty()) {
          break;
        }
        var words = words(typed, matching, List.of());
        var result = ranked(session, entities, f -> f.and(words.apply(f), scope.apply(f)), limit);
        byWords = result.items();
        total = result.total();
        if (total > 0) {
          break;
        }
      }
    } else if (vector == null) {
      return ranked(session, entities, scope, limit);
    }
    if (vector == null) {
      return new Ranked(byWords, total);
    }
    float[] near = vector;
    var byMeaning =
        ranked(
                session,
                entities,
                f ->
                    f.knn(NEIGHBOURS)
                        .field(EMBEDDING)
                        .matching(near)
                        .filter(scope.apply(f))
                        .requiredMinimumSimilarity(properties.minSimilarity().floatValue()),
                NEIGHBOURS)
            .items();
    Map<String, Double> scores = new HashMap<>();
    Map<String, RankedItem> items = new LinkedHashMap<>();
    for (var ranked : List.of(byWords, byMeaning)) {
      for (int rank = 0; rank < ranked.size(); rank++) {
        RankedItem item = ranked.get(rank);
        String key = item.entity() + ":" + item.id();
        scores.merge(key, 1.0 / (RRF_K + rank + 1), Double::sum);
        items.putIfAbsent(key, item);
      }
    }
    List<RankedItem> fused =
        items.entrySet().stream()
            .map(
                e ->
                    new RankedItem(
                        e.getValue().entity(), e.getValue().id(), scores.get(e.getKey())))
            .sorted((a, b) -> Double.compare(b.score(), a.score()))
            .limit(limit)
            .toList();
    return new Ranked(fused, Math.max(total, fused.size()));
  }

  /**
   * How many published items of the given indexed entities hold the word (in any of its analyses),
   * exactly: no typo tolerance. For weighing words by how rare they are.
   */
  @Transactional(readOnly = true)
  public long count(List<String> entities, String word) {
    String typed = QueryText.clean(word).replaceAll("[\"()|+*~\\\\-]", " ").strip();
    if (typed.isEmpty()) {
      return 0;
    }
    SearchSession session = Search.session(entityManager);
    var words = words(typed, Matching.ALL, List.of());
    return session
        .search(session.scope(Object.class, entities))
        .where(f -> f.and(words.apply(f), f.match().field(VISIBLE).matching(true)))
        .fetchTotalHitCount();
  }

  private static Ranked ranked(
      SearchSession session,
      List<String> entities,
      Function<SearchPredicateFactory, PredicateFinalStep> predicate,
      int limit) {
    var result =
        session
            .search(session.scope(Object.class, entities))
            .select(f -> f.composite().from(f.entityReference(), f.score()).asList())
            .where(f -> predicate.apply(f))
            .fetch(limit);
    List<RankedItem> items =
        result.hits().stream()
            .map(
                row -> {
                  EntityReference reference = (EntityReference) row.get(0);
                  return new RankedItem(
                      reference.name(),
                      ((Number) reference.id()).longValue(),
                      ((Number) row.get(1)).doubleValue());
                })
            .toList();
    return new Ranked(items, result.total().hitCount());
  }

  /** One query's hits, total and facets. */
  private record Page(
      SearchSession session,
      List<SearchResults.Hit> hits,
      long total,
      Map<String, Map<String, Long>> facets) {

    SearchResults results(
        SearchRequest request, Matching matching, List<ServiceView> services, String correction) {
      return new SearchResults(
          labNames(session, hits),
          total,
          request.pageNumber(),
          PAGE_SIZE,
          facets,
          matching == Matching.ANY,
          services,
          correction);
    }
  }
}
