package eu.digilabs.hub.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Measures search relevance over a judged query set (see {@code docs/relevance/queries.tsv}):
 * nDCG@10 and MRR for each ranking. An item is relevant when its title is among the query's judged
 * titles; each judged title counts once (the cases appear in two datasets).
 */
@Component
public class RelevanceEvaluation {

  static final int DEPTH = 10;

  /** One judged query. */
  public record Judged(String language, String query, Set<String> relevant) {}

  /**
   * The mean figures of one ranking, overall, by query language ({@code de}, or {@code de>en} for a
   * German query whose relevant items are written in English) and by kind ({@link #SAME} or {@link
   * #CROSS}); each map value is nDCG@10, MRR and the number of queries.
   */
  public record Figures(
      SearchService.Ranking ranking,
      double ndcg,
      double mrr,
      Map<String, double[]> byLanguage,
      Map<String, double[]> byKind,
      List<String> misses) {}

  /** Queries in the language of their relevant items. */
  public static final String SAME = "same-language";

  /** Queries in another language than their relevant items ({@code de>en}). */
  public static final String CROSS = "cross-language";

  private final SearchService search;
  private final Reindexing reindexing;

  RelevanceEvaluation(SearchService search, Reindexing reindexing) {
    this.search = search;
    this.reindexing = reindexing;
  }

  /** Reads {@code language TAB query TAB title | title ...}; lines starting with # are comments. */
  public static List<Judged> read(Path file) throws IOException {
    List<Judged> judged = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        throw new IllegalArgumentException("Not language TAB query TAB titles: " + line);
      }
      Set<String> relevant = new LinkedHashSet<>();
      for (String title : parts[2].split("\\|")) {
        relevant.add(title.strip());
      }
      judged.add(new Judged(parts[0].strip(), parts[1].strip(), relevant));
    }
    return judged;
  }

  public Figures evaluate(List<Judged> queries, SearchService.Ranking ranking) {
    double ndcg = 0;
    double mrr = 0;
    Map<String, double[]> byLanguage = new LinkedHashMap<>();
    Map<String, double[]> byKind = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    for (Judged judged : queries) {
      List<String> titles =
          search.search(SearchRequest.words(judged.query()), ranking).hits().stream()
              .limit(DEPTH)
              .map(SearchResults.Hit::title)
              .toList();
      double[] scores = score(titles, judged.relevant());
      ndcg += scores[0];
      mrr += scores[1];
      add(byLanguage.computeIfAbsent(judged.language(), l -> new double[3]), scores);
      add(
          byKind.computeIfAbsent(
              judged.language().contains(">") ? CROSS : SAME, k -> new double[3]),
          scores);
      if (scores[1] == 0) {
        misses.add(judged.query());
      }
    }
    for (double[] v : concat(byLanguage, byKind)) {
      v[0] = v[0] / v[2];
      v[1] = v[1] / v[2];
    }
    return new Figures(
        ranking, ndcg / queries.size(), mrr / queries.size(), byLanguage, byKind, misses);
  }

  private static void add(double[] sums, double[] scores) {
    sums[0] += scores[0];
    sums[1] += scores[1];
    sums[2]++;
  }

  private static List<double[]> concat(Map<String, double[]> a, Map<String, double[]> b) {
    List<double[]> all = new ArrayList<>(a.values());
    all.addAll(b.values());
    return all;
  }

  /** nDCG@10 (binary gains) and reciprocal rank of one result list. */
  public static double[] score(List<String> titles, Set<String> relevant) {
    Set<String> seen = new HashSet<>();
    double dcg = 0;
    double reciprocalRank = 0;
    for (int i = 0; i < Math.min(DEPTH, titles.size()); i++) {
      String title = titles.get(i);
      if (relevant.contains(title) && seen.add(title)) {
        dcg += 1 / log2(i + 2);
        if (reciprocalRank == 0) {
          reciprocalRank = 1.0 / (i + 1);
        }
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(DEPTH, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return new double[] {dcg / ideal, reciprocalRank};
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** The command: waits for a running index rebuild, evaluates every ranking, prints a table. */
  public int run(Path file, PrintStream out) throws IOException, InterruptedException {
    while (reindexing.progress().running()) {
      Thread.sleep(500);
    }
    List<Judged> queries = read(file);
    out.printf("%d judged queries from %s%n", queries.size(), file);
    out.printf(
        "%-8s %8s %8s   %s%n",
        "ranking",
        "nDCG@10",
        "MRR",
        "same- and cross-language, by language (queries: nDCG@10 / MRR)");
    for (SearchService.Ranking ranking : SearchService.Ranking.values()) {
      Figures figures = evaluate(queries, ranking);
      StringBuilder languages = new StringBuilder();
      Map<String, double[]> groups = new LinkedHashMap<>(figures.byKind());
      groups.putAll(figures.byLanguage());
      groups.forEach(
          (language, v) ->
              languages.append(
                  String.format("%s (%d) %.3f / %.3f   ", language, (int) v[2], v[0], v[1])));
      out.printf(
          "%-8s %8.3f %8.3f   %s%n",
          ranking.name().toLowerCase(), figures.ndcg(), figures.mrr(), languages);
      out.printf("         no relevant item in the top 10: %s%n", figures.misses());
    }
    return 0;
  }
}
