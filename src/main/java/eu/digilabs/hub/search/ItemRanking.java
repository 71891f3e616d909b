package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.EMBEDDING;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;

import eu.digilabs.hub.search.SearchService.Condition;
import eu.digilabs.hub.search.SearchService.Ranked;
import eu.digilabs.hub.search.SearchService.RankedItem;
import eu.digilabs.hub.shared.text.QueryText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ranks the items of given indexed entities for other modules (the assistant's passages): the words
 * through the {@link MatchCascade}, fused with the results for their machine translations (when a
 * provider is configured) and with the items nearest in meaning, under conditions on keyword
 * fields; no facets, no highlighting.
 */
@Component
class ItemRanking {

  private final EntityManager entityManager;
  private final Synonyms synonyms;
  private final Embeddings embeddings;
  private final SearchProperties properties;
  private final ObjectProvider<QueryTranslation> translation;

  ItemRanking(
      EntityManager entityManager,
      Synonyms synonyms,
      Embeddings embeddings,
      SearchProperties properties,
      ObjectProvider<QueryTranslation> translation) {
    this.entityManager = entityManager;
    this.synonyms = synonyms;
    this.embeddings = embeddings;
    this.properties = properties;
    this.translation = translation;
  }

  /**
   * The best {@code limit} items that pass the conditions, by the words {@code q} fused with the
   * items nearest in meaning to {@code meaning} (null: words only). Without either, every item that
   * passes the conditions matches.
   */
  Ranked rank(
      List<String> entities,
      String q,
      @Nullable String meaning,
      List<Condition> conditions,
      int limit) {
    SearchSession session = Search.session(entityManager);
    String typed = QueryText.clean(q);
    float @Nullable [] vector =
        meaning != null && !meaning.isBlank()
            ? embeddings.embedQuery(QueryText.clean(meaning))
            : null;
    Function<SearchPredicateFactory, PredicateFinalStep> scope = f -> scope(f, conditions);
    if (typed.isEmpty() && vector == null) {
      return ranked(session, entities, scope, limit);
    }
    List<Ranked> rankings = new ArrayList<>();
    if (!typed.isEmpty()) {
      rankings.add(byWords(session, entities, typed, scope, limit));
      QueryTranslation translator = translation.getIfAvailable();
      if (translator != null) {
        for (QueryTranslation.Translated t : translator.translations(typed)) {
          rankings.add(byWords(session, entities, QueryText.clean(t.text()), scope, limit));
        }
      }
    }
    if (vector != null) {
      rankings.add(ranked(session, entities, f -> near(f, vector, scope), RankFusion.NEIGHBOURS));
    }
    if (rankings.size() == 1) {
      return rankings.get(0);
    }
    List<RankedItem> fused =
        RankFusion.fuse(
                rankings.stream().map(Ranked::items).toList(),
                item -> item.entity() + ":" + item.id())
            .stream()
            .limit(limit)
            .map(s -> new RankedItem(s.item().entity(), s.item().id(), s.score()))
            .toList();
    long byWords = rankings.stream().mapToLong(Ranked::total).max().orElse(0);
    return new Ranked(fused, Math.max(byWords, fused.size()));
  }

  /** The words through the {@link MatchCascade}. */
  private Ranked byWords(
      SearchSession session,
      List<String> entities,
      String typed,
      Function<SearchPredicateFactory, PredicateFinalStep> scope,
      int limit) {
    return MatchCascade.run(
            typed,
            matching -> {
              WordQuery words = WordQuery.of(typed, matching, synonyms::expand);
              return ranked(
                  session,
                  entities,
                  f -> f.and(words.predicate(f, List.of()), scope.apply(f)),
                  limit);
            },
            Ranked::total)
        .result();
  }

  /**
   * How many published items of the given indexed entities hold the word (in any of its analyses),
   * exactly: no typo tolerance.
   */
  long count(List<String> entities, String word) {
    String typed = QueryText.clean(word).replaceAll("[\"()|+*~\\\\-]", " ").strip();
    if (typed.isEmpty()) {
      return 0;
    }
    SearchSession session = Search.session(entityManager);
    WordQuery words = WordQuery.of(typed, Matching.ALL, synonyms::expand);
    return session
        .search(session.scope(Object.class, entities))
        .where(f -> f.and(words.predicate(f, List.of()), f.match().field(VISIBLE).matching(true)))
        .fetchTotalHitCount();
  }

  /** Published items for which every condition holds. */
  private static PredicateFinalStep scope(SearchPredicateFactory f, List<Condition> conditions) {
    return f.bool(
        b -> {
          b.filter(f.match().field(VISIBLE).matching(true));
          for (Condition c : conditions) {
            PredicateFinalStep holds = f.terms().field(c.field()).matchingAny(c.values());
            b.filter(c.orMissing() ? f.or(holds, f.not(f.exists().field(c.field()))) : holds);
          }
        });
  }

  private PredicateFinalStep near(
      SearchPredicateFactory f,
      float[] vector,
      Function<SearchPredicateFactory, PredicateFinalStep> scope) {
    return f.knn(RankFusion.NEIGHBOURS)
        .field(EMBEDDING)
        .matching(vector)
        .filter(scope.apply(f))
        .requiredMinimumScore(Embeddings.score(properties.minSimilarity()));
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
}
