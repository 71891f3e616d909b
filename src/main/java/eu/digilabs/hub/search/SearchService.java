package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.*;

import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.web.QueryText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches everything published across the modules' indexes, with facets. */
@Service
public class SearchService {

  /** The indexed entities, by entity name; each module adds its own here. */
  static final List<String> ENTITIES = List.of("Lab", "Project");

  static final int PAGE_SIZE = 20;

  /** Facet fields in the order the page shows them. */
  public static final List<String> FACETS =
      List.of(TYPE, COUNTRY, LEVEL, POLICY_AREA, TECHNOLOGY, PHASE, STATUS, LANGUAGE);

  private final EntityManager entityManager;
  private final Catalogue catalogue;
  private final Synonyms synonyms;

  SearchService(EntityManager entityManager, Catalogue catalogue, Synonyms synonyms) {
    this.entityManager = entityManager;
    this.catalogue = catalogue;
    this.synonyms = synonyms;
  }

  /**
   * Results containing all the words; when there are none and the query has several words, the
   * results containing any of them, marked as relaxed.
   */
  @Transactional(readOnly = true)
  public SearchResults search(SearchRequest request) {
    SearchResults all = search(request, BooleanOperator.AND);
    if (all.total() == 0 && QueryText.clean(request.q()).contains(" ")) {
      SearchResults any = search(request, BooleanOperator.OR);
      return new SearchResults(
          any.hits(), any.total(), any.page(), any.size(), any.facets(), true, any.services());
    }
    return all;
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
    List<List<?>> rows =
        session
            .search(session.scope(Object.class, ENTITIES))
            .select(
                f -> f.composite().from(f.entityReference(), f.field(TITLE, String.class)).asList())
            .where(
                (f, root) -> {
                  root.add(f.match().field(VISIBLE).matching(true));
                  root.add(
                      f.simpleQueryString()
                          .fields(TITLE)
                          .matching(text + "*")
                          .defaultOperator(BooleanOperator.AND));
                })
            .fetchHits(Math.max(1, Math.min(limit, 10)));
    return rows.stream()
        .map(
            row -> {
              EntityReference reference = (EntityReference) row.get(0);
              return new SearchResults.Hit(
                  "Lab".equals(reference.name()) ? "lab" : "project",
                  ((Number) reference.id()).longValue(),
                  (String) row.get(1),
                  "",
                  null,
                  null);
            })
        .toList();
  }

  private SearchResults search(SearchRequest request, BooleanOperator operator) {
    SearchSession session = Search.session(entityManager);
    // Public services whose name or OZG-ID / LeiKa key matches: shown beside the results, and
    // projects linked to them match too.
    List<ServiceView> services =
        QueryText.clean(request.q()).isEmpty() ? List.of() : catalogue.search(request.q(), 10);
    List<Long> serviceIds = services.stream().map(ServiceView::id).toList();
    SearchScope<Object> scope = session.scope(Object.class, ENTITIES);
    String text = synonyms.expand(QueryText.clean(request.q()));
    Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
    FACETS.forEach(field -> keys.put(field, AggregationKey.of(field)));
    AggregationKey<Map<Integer, Long>> years = AggregationKey.of(YEAR);

    var query =
        session
            .search(scope)
            .select(
                f ->
                    f.composite()
                        .from(
                            f.entityReference(),
                            f.field(TITLE, String.class),
                            f.highlight(TEXT),
                            f.field(COUNTRY, String.class),
                            f.field(STATUS, String.class))
                        .asList())
            .where(
                (f, root) -> {
                  root.add(f.match().field(VISIBLE).matching(true));
                  if (!text.isEmpty()) {
                    var words =
                        f.simpleQueryString()
                            .fields(TITLE, TITLE_DE, TITLE_EN)
                            .boost(3.0f)
                            .fields(TEXT, TEXT_DE, TEXT_EN)
                            .boost(1.5f)
                            .fields(BODY, BODY_DE, BODY_EN)
                            .matching(text)
                            .defaultOperator(operator);
                    root.add(
                        serviceIds.isEmpty()
                            ? words
                            : f.or(words, f.terms().field(SERVICE).matchingAny(serviceIds)));
                  }
                  filter(f, root, TYPE, request.type());
                  filter(f, root, COUNTRY, request.country());
                  filter(f, root, LEVEL, request.level());
                  filter(f, root, POLICY_AREA, request.policyArea());
                  filter(f, root, TECHNOLOGY, request.technology());
                  filter(f, root, PHASE, request.phase());
                  filter(f, root, STATUS, request.status());
                  filter(f, root, LANGUAGE, request.language());
                  if (request.year() != null) {
                    root.add(f.match().field(YEAR).matching(request.year()));
                  }
                })
            .highlighter(
                h ->
                    h.plain()
                        .encoder(
                            org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder
                                .HTML)
                        .fragmentSize(200)
                        .numberOfFragments(1)
                        .noMatchSize(200));
    keys.forEach(
        (field, key) ->
            query.aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(30)));
    query.aggregation(years, f -> f.terms().field(YEAR, Integer.class).maxTermCount(30));
    if ("newest".equals(request.sort())) {
      query.sort(f -> f.field(UPDATED).desc().missing().last());
    }

    var result = query.fetch(request.pageNumber() * PAGE_SIZE, PAGE_SIZE);
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (List<?> row : result.hits()) {
      EntityReference reference = (EntityReference) row.get(0);
      @SuppressWarnings("unchecked")
      List<String> snippets = (List<String>) row.get(2);
      hits.add(
          new SearchResults.Hit(
              "Lab".equals(reference.name()) ? "lab" : "project",
              ((Number) reference.id()).longValue(),
              (String) row.get(1),
              snippets.isEmpty() ? "" : snippets.get(0),
              (String) row.get(3),
              (String) row.get(4)));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    keys.forEach((field, key) -> facets.put(field, result.aggregation(key)));
    Map<String, Long> yearCounts = new LinkedHashMap<>();
    result
        .aggregation(years)
        .forEach((year, count) -> yearCounts.put(Integer.toString(year), count));
    facets.put(YEAR, yearCounts);
    return new SearchResults(
        hits, result.total().hitCount(), request.pageNumber(), PAGE_SIZE, facets, false, services);
  }

  private static void filter(
      org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
      org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?>
          root,
      String field,
      String value) {
    if (value != null && !value.isBlank()) {
      root.add(f.match().field(field).matching(QueryText.clean(value)));
    }
  }
}
