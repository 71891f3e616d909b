package eu.digilabs.hub.search;

/**
 * A search as the page or the API asks for it: words, filters (all combinable), sort ({@code
 * relevance} or {@code newest}) and page. Null or blank means "any".
 */
public record SearchRequest(
    String q,
    String type,
    String country,
    String level,
    String policyArea,
    String technology,
    String phase,
    String status,
    String language,
    Integer year,
    String eventType,
    String attendance,
    String month,
    String kind,
    String cause,
    String sort,
    Integer page) {

  /** The first page for these words, without filters. */
  public static SearchRequest words(String q) {
    return new SearchRequest(
        q, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  public int pageNumber() {
    return page == null ? 0 : Math.max(0, Math.min(page, 500));
  }

  /** The index of the page's first result. */
  public int offset() {
    return pageNumber() * SearchService.PAGE_SIZE;
  }
}
