package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.ATTENDANCE;
import static eu.digilabs.hub.search.SearchFields.CAUSE;
import static eu.digilabs.hub.search.SearchFields.COUNTRY;
import static eu.digilabs.hub.search.SearchFields.EVENT_TYPE;
import static eu.digilabs.hub.search.SearchFields.KIND;
import static eu.digilabs.hub.search.SearchFields.LANGUAGE;
import static eu.digilabs.hub.search.SearchFields.LEVEL;
import static eu.digilabs.hub.search.SearchFields.LICENCE;
import static eu.digilabs.hub.search.SearchFields.MATURITY;
import static eu.digilabs.hub.search.SearchFields.MONTH;
import static eu.digilabs.hub.search.SearchFields.OPERATING_MODEL;
import static eu.digilabs.hub.search.SearchFields.PHASE;
import static eu.digilabs.hub.search.SearchFields.POLICY_AREA;
import static eu.digilabs.hub.search.SearchFields.REGION;
import static eu.digilabs.hub.search.SearchFields.STATUS;
import static eu.digilabs.hub.search.SearchFields.TECHNOLOGY;
import static eu.digilabs.hub.search.SearchFields.TITLE;
import static eu.digilabs.hub.search.SearchFields.TYPE;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;

import eu.digilabs.hub.shared.text.QueryText;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches everything published across the modules' indexes: the search page and API with facets
 * ({@link FacetedSearch}), suggestions while typing, and rankings for other modules ({@link
 * ItemRanking}).
 *
 * <p>Words are matched first all together; when nothing has them all, with typo tolerance (longer
 * words may be one or two letters off); then any of them ({@link MatchCascade}). With embeddings
 * on, the results for words are fused with the items nearest in meaning to the query ({@link
 * RankFusion}), so that "robot for floods" finds a project about drones in disaster protection.
 */
@Service
public class SearchService {

  /** The indexed entities, by entity name; each module adds its own here. */
  static final List<String> ENTITIES =
      List.of(
          "Lab",
          "Project",
          "Solution",
          "Event",
          "EventSession",
          "Article",
          "FailureReport",
          "MethodCard",
          "Post",
          "Question");

  /** The type each indexed entity shows as in results, facets and the API. */
  static final Map<String, String> TYPES =
      Map.of(
          "Lab",
          "lab",
          "Project",
          "project",
          "Solution",
          "solution",
          "Event",
          "event",
          "EventSession",
          "session",
          "Article",
          "article",
          "FailureReport",
          "failure-report",
          "MethodCard",
          "method",
          "Post",
          "discussion",
          "Question",
          "question");

  static final int PAGE_SIZE = 20;

  /** At most this many suggestions while typing. */
  static final int SUGGESTIONS = 10;

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
          OPERATING_MODEL,
          LICENCE,
          MATURITY,
          REGION,
          CAUSE);

  /** Which rankings the search uses: the page's default follows configuration. */
  public enum Ranking {
    LEXICAL,
    VECTOR,
    HYBRID
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

  private final EntityManager entityManager;
  private final FacetedSearch faceted;
  private final ItemRanking items;
  private final Embeddings embeddings;
  private final SearchProperties properties;
  private final MeterRegistry meters;

  SearchService(
      EntityManager entityManager,
      FacetedSearch faceted,
      ItemRanking items,
      Embeddings embeddings,
      SearchProperties properties,
      MeterRegistry meters) {
    this.entityManager = entityManager;
    this.faceted = faceted;
    this.items = items;
    this.embeddings = embeddings;
    this.properties = properties;
    this.meters = meters;
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
   */
  @Transactional(readOnly = true)
  public SearchResults search(SearchRequest request, Ranking ranking) {
    // hub.search.queries: how many queries and how long they took, by ranking.
    return Timer.builder("hub.search.queries")
        .description("Search queries and their duration")
        .tag("ranking", ranking.name().toLowerCase(Locale.ROOT))
        .register(meters)
        .record(() -> faceted.search(request, ranking));
  }

  /**
   * Up to {@code limit} titles of published items that start with the words typed so far (the last
   * word may be incomplete), for suggestions while typing.
   */
  @Transactional(readOnly = true)
  public List<SearchResults.Hit> suggest(@Nullable String typed, int limit) {
    String text = QueryText.clean(typed).replaceAll("[\"()|+*~\\\\-]", " ").strip();
    if (text.length() < 2) {
      return List.of();
    }
    SearchSession session = Search.session(entityManager);
    return session
        .search(session.scope(Object.class, ENTITIES))
        .select(f -> HitProjection.of(f, true))
        .where(
            (f, root) -> {
              root.add(f.match().field(VISIBLE).matching(true));
              root.add(
                  f.simpleQueryString()
                      .fields(TITLE)
                      .matching(text + "*")
                      .defaultOperator(BooleanOperator.AND));
            })
        .fetchHits(Math.max(1, Math.min(limit, SUGGESTIONS)))
        .stream()
        .map(HitProjection::hit)
        .toList();
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
      List<String> entities,
      String q,
      @Nullable String meaning,
      List<Condition> conditions,
      int limit) {
    return items.rank(
        entities, q, defaultRanking() == Ranking.HYBRID ? meaning : null, conditions, limit);
  }

  /**
   * How many published items of the given indexed entities hold the word (in any of its analyses),
   * exactly: no typo tolerance. For weighing words by how rare they are.
   */
  @Transactional(readOnly = true)
  public long count(List<String> entities, String word) {
    return items.count(entities, word);
  }
}
