package eu.digilabs.hub.search;

/**
 * The field contract every indexed entity follows, so that one query and one set of facets work
 * over all of them. Text fields come in three analyses ({@code title}, {@code title_de}, {@code
 * title_en}); keyword fields are aggregable for facets.
 */
public final class SearchFields {

  /** Analyzer names. */
  public static final String PLAIN = "hub";

  public static final String GERMAN = "hub_german";
  public static final String ENGLISH = "hub_english";

  public static final String TITLE = "title";
  public static final String TITLE_DE = "title_de";
  public static final String TITLE_EN = "title_en";
  public static final String TEXT = "text";
  public static final String TEXT_DE = "text_de";
  public static final String TEXT_EN = "text_en";
  public static final String BODY = "body";
  public static final String BODY_DE = "body_de";
  public static final String BODY_EN = "body_en";

  /** Keyword fields: {@code lab} or {@code project}, and the classifications. */
  public static final String TYPE = "type";

  public static final String VISIBLE = "visible";
  public static final String COUNTRY = "country";
  public static final String LEVEL = "level";
  public static final String POLICY_AREA = "policyArea";
  public static final String TECHNOLOGY = "technology";
  public static final String PHASE = "phase";
  public static final String STATUS = "status";
  public static final String LANGUAGE = "language";
  public static final String YEAR = "year";
  public static final String UPDATED = "updated";

  /** Ids of the public services (OZG and LeiKa catalogue entries) an item is linked to. */
  public static final String SERVICE = "service";

  private SearchFields() {}
}
