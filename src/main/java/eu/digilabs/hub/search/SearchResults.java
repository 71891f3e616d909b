package eu.digilabs.hub.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results with facet counts.
 *
 * @param facets for each filter field, its values and how many results each would give
 * @param relaxed no result had all the words, so these have any of them
 * @param services public services (OZG, LeiKa) whose name or key matches the words
 * @param correction the query spelled as the results spell it, when no result had the words as
 *     typed and these were found with typo tolerance; otherwise null
 * @param candidates filters the query's words name (a country, technology or policy area, in any
 *     language), not yet applied
 * @param translations the query machine-translated into the index's main languages, searched too
 *     and fused with the results for the words as typed
 */
public record SearchResults(
    List<Hit> hits,
    long total,
    int page,
    int size,
    Map<String, Map<String, Long>> facets,
    boolean relaxed,
    List<ServiceView> services,
    @Nullable String correction,
    List<Candidate> candidates,
    List<QueryTranslation.Translated> translations) {

  /** A filter the query's words name: the search field and the entry's code. */
  public record Candidate(String field, String code) {}

  /**
   * One result. {@code snippet} is HTML: the matching text with the query's words in {@code <em>},
   * everything else escaped. {@code lab} is the lab a project belongs to (a lab's own id), {@code
   * labName} its name; {@code attendance} is on-site, online or hybrid for events and sessions.
   */
  public record Hit(
      String type,
      long id,
      String title,
      String snippet,
      @Nullable String country,
      @Nullable String status,
      @Nullable Long lab,
      @Nullable String labName,
      @Nullable String attendance) {

    public String path() {
      return switch (type) {
            case "lab" -> "/labs/";
            case "solution" -> "/solutions/";
            case "event" -> "/events/";
            case "session" -> "/sessions/";
            case "article" -> "/articles/";
            case "failure-report" -> "/failure-reports/";
            case "method" -> "/methods/";
            case "discussion" -> "/discussions/posts/";
            case "question" -> "/questions/";
            default -> "/projects/";
          }
          + id;
    }

    /** Unique across types: {@code project:12}. */
    @JsonIgnore
    public String key() {
      return type + ":" + id;
    }

    Hit withLabName(@Nullable String name) {
      return new Hit(type, id, title, snippet, country, status, lab, name, attendance);
    }
  }

  public int pages() {
    return (int) Math.min(500, (total + size - 1) / size);
  }
}
