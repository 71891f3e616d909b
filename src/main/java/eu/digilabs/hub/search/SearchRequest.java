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

  /** The filters by field name, in the order the page shows them; unset ones map to null. */
  public java.util.Map<String, String> filters() {
    java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
    filters.put(SearchFields.TYPE, type);
    filters.put(SearchFields.COUNTRY, country);
    filters.put(SearchFields.LEVEL, level);
    filters.put(SearchFields.POLICY_AREA, policyArea);
    filters.put(SearchFields.TECHNOLOGY, technology);
    filters.put(SearchFields.PHASE, phase);
    filters.put(SearchFields.STATUS, status);
    filters.put(SearchFields.LANGUAGE, language);
    filters.put(SearchFields.EVENT_TYPE, eventType);
    filters.put(SearchFields.ATTENDANCE, attendance);
    filters.put(SearchFields.MONTH, month);
    filters.put(SearchFields.KIND, kind);
    filters.put(SearchFields.CAUSE, cause);
    filters.put(SearchFields.YEAR, year == null ? null : year.toString());
    return filters;
  }

  public int pageNumber() {
    return page == null ? 0 : Math.max(0, Math.min(page, 500));
  }

  /** The index of the page's first result. */
  public int offset() {
    return pageNumber() * SearchService.PAGE_SIZE;
  }
}
