package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.search.RelevanceEvaluation;
import eu.digilabs.hub.search.SearchService.Ranking;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The judged query set over the demo content and the real cases (the same context as {@link
 * ImportTests}): the judgments name real items, and fusing words with meaning ranks better than
 * words alone.
 */
@ReferenceDataTest
class RelevanceTests {

  static final Path QUERIES = Path.of("docs/relevance/queries.tsv");

  /**
   * Hybrid ranking's figures on the embedded index (docs/relevance/README.md), measured on
   * 2026-12-02; a change of ranking that moves them updates them here and there.
   */
  record Baseline(double ndcg, double mrr) {}

  static final Baseline EMBEDDED = new Baseline(0.614, 0.639);

  @Autowired RelevanceEvaluation evaluation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyJudgedTitleIsARealItem() throws Exception {
    List<RelevanceEvaluation.Judged> queries = RelevanceEvaluation.read(QUERIES);
    assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
    assertThat(queries).extracting(RelevanceEvaluation.Judged::language).contains("de", "en");
    for (var judged : queries) {
      for (String title : judged.relevant()) {
        Integer count =
            jdbc.queryForObject(
                "select (select count(*) from project where title = ? and publication = 'PUBLISHED')"
                    + " + (select count(*) from lab where name = ?)",
                Integer.class,
                title,
                title);
        assertThat(count).as("%s (judged for %s)", title, judged.query()).isPositive();
      }
    }
  }

  @Test
  void hybridRankingBeatsWordsAlone() throws Exception {
    List<RelevanceEvaluation.Judged> queries = RelevanceEvaluation.read(QUERIES);
    var lexical = evaluation.evaluate(queries, Ranking.LEXICAL);
    var vector = evaluation.evaluate(queries, Ranking.VECTOR);
    var hybrid = evaluation.evaluate(queries, Ranking.HYBRID);
    System.out.printf(
        "Relevance over %d queries: lexical nDCG@10 %.3f MRR %.3f; vector %.3f %.3f; hybrid %.3f %.3f%n",
        queries.size(),
        lexical.ndcg(),
        lexical.mrr(),
        vector.ndcg(),
        vector.mrr(),
        hybrid.ndcg(),
        hybrid.mrr());
    assertThat(hybrid.ndcg()).isGreaterThan(lexical.ndcg());
    assertThat(hybrid.mrr()).isGreaterThanOrEqualTo(lexical.mrr());
    assertThat(hybrid.ndcg()).isCloseTo(EMBEDDED.ndcg(), Offset.offset(0.01));
  }

  @Test
  void scoresFollowTheDefinitions() {
    // Relevant at ranks 1 and 3 of 2 judged: DCG = 1 + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3).
    double[] scores = RelevanceEvaluation.score(List.of("a", "x", "b", "a"), Set.of("a", "b"));
    assertThat(scores[0])
        .isCloseTo(1.5 / (1 + 1 / (Math.log(3) / Math.log(2))), Offset.offset(1e-9));
    assertThat(scores[1]).isEqualTo(1.0);
    assertThat(RelevanceEvaluation.score(List.of("x", "y", "b"), Set.of("b"))[1])
        .isCloseTo(1.0 / 3, Offset.offset(1e-9));
    assertThat(RelevanceEvaluation.score(List.of("x"), Set.of("b"))).containsExactly(0, 0);
  }
}
