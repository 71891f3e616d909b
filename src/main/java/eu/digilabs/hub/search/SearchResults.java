package eu.digilabs.hub.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with facet counts.
 *
 * @param facets for each filter field, its values and how many results each would give
 * @param relaxed no result had all the words, so these have any of them
 * @param services public services (OZG, LeiKa) whose name or key matches the words
 */
public record SearchResults(
    List<Hit> hits,
    long total,
    int page,
    int size,
    Map<String, Map<String, Long>> facets,
    boolean relaxed,
    List<eu.digilabs.hub.taxonomy.ServiceView> services) {

  /**
   * One result. {@code snippet} is HTML: the matching text with the query's words in {@code <em>},
   * everything else escaped.
   */
  public record Hit(
      String type, long id, String title, String snippet, String country, String status) {

    public String path() {
      return ("lab".equals(type) ? "/labs/" : "/projects/") + id;
    }
  }

  public int pages() {
    return (int) Math.min(500, (total + size - 1) / size);
  }
}
