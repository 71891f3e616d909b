package eu.digilabs.hub.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search as the page or the API asks for it: words, filters (all combinable), sort ({@code
 * relevance} or {@code newest}) and page. Null or blank means "any".
 */
public record SearchRequest(
    @Nullable String q,
    @Nullable String type,
    @Nullable String country,
    @Nullable String level,
    @Nullable String policyArea,
    @Nullable String technology,
    @Nullable String phase,
    @Nullable String status,
    @Nullable String language,
    @Nullable Integer year,
    @Nullable String eventType,
    @Nullable String attendance,
    @Nullable String month,
    @Nullable String kind,
    @Nullable String operatingModel,
    @Nullable String licence,
    @Nullable String maturity,
    @Nullable String region,
    @Nullable String cause,
    @Nullable String sort,
    @Nullable Integer page) {

  /** The first page for these words, without filters. */
  public static SearchRequest words(@Nullable String q) {
    return new SearchRequest(
        q, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }

  /** The filters by field name, in the order the page shows them; unset ones map to null. */
  public Map<String, @Nullable String> filters() {
    Map<String, @Nullable String> filters = new LinkedHashMap<>();
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
    filters.put(SearchFields.OPERATING_MODEL, operatingModel);
    filters.put(SearchFields.LICENCE, licence);
    filters.put(SearchFields.MATURITY, maturity);
    filters.put(SearchFields.REGION, region);
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
