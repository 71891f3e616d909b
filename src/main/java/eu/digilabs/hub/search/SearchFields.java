package eu.digilabs.hub.search;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The field contract every indexed entity follows, so that one query and one set of facets work
 * over all of them. Text fields come in three analyses ({@code title}, {@code title_de}, {@code
 * title_en}); keyword fields are aggregable for facets.
 */
public final class SearchFields {

  /** Analyzer names. */
  public static final String PLAIN = "hub";

  public static final String GERMAN = "hub_german";

  /** German for queries: like {@link #GERMAN} but without splitting compounds. */
  public static final String GERMAN_QUERY = "hub_german_query";

  public static final String ENGLISH = "hub_english";
  public static final String FRENCH = "hub_french";
  public static final String ESTONIAN = "hub_estonian";

  public static final String TITLE = "title";
  public static final String TITLE_DE = "title_de";
  public static final String TITLE_EN = "title_en";
  public static final String TEXT = "text";
  public static final String TEXT_DE = "text_de";
  public static final String TEXT_EN = "text_en";
  public static final String BODY = "body";
  public static final String BODY_DE = "body_de";
  public static final String BODY_EN = "body_en";

  /**
   * French and Estonian analyses, filled only for content in that language (German and English are
   * filled for all content: most items mix them, and their stemming does no harm to other text).
   */
  public static final String TITLE_FR = "title_fr";

  public static final String TEXT_FR = "text_fr";
  public static final String TITLE_ET = "title_et";
  public static final String TEXT_ET = "text_et";

  /** The item's meaning vector (see {@link Embeddings}), for similar items and hybrid ranking. */
  public static final String EMBEDDING = "embedding";

  /** The lab an item belongs to (its lead lab; a lab's own id), for "other labs first". */
  public static final String LAB = "lab";

  /** An item's key across types: {@code project:12}, {@code lab:3}. */
  public static final String KEY = "key";

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

  /** Events and their sessions: the kind of event, how people attend, and the month it is in. */
  public static final String EVENT_TYPE = "eventType";

  public static final String ATTENDANCE = "attendance";

  /** Failure reports: their root causes (procurement, data protection, ...). */
  public static final String CAUSE = "cause";

  /** Articles: guide, how-to, background or news; solutions: online service, software, ... */
  public static final String KIND = "kind";

  /** Solutions: who runs them, the family of their licence, OZG maturity 0-4, the German state. */
  public static final String OPERATING_MODEL = "operatingModel";

  public static final String LICENCE = "licence";
  public static final String MATURITY = "maturity";
  public static final String REGION = "region";

  /** {@code 2021-11}: the month an event or session takes place, in the event's time zone. */
  public static final String MONTH = "month";

  /** Ids of the public services (OZG and LeiKa catalogue entries) an item is linked to. */
  public static final String SERVICE = "service";

  private SearchFields() {}

  /**
   * The parts joined, when the content is written in {@code wanted}, otherwise null: the value of a
   * language-specific field.
   */
  public static @Nullable String onlyIn(
      String wanted, @Nullable Collection<String> contentLanguages, @Nullable String... parts) {
    if (contentLanguages == null || !contentLanguages.contains(wanted)) {
      return null;
    }
    return joined(parts);
  }

  /** The non-blank parts joined by blank lines: the text an item's vector is computed from. */
  public static @Nullable String joined(@Nullable String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        text.append(text.isEmpty() ? "" : "\n\n").append(part.strip());
      }
    }
    return text.isEmpty() ? null : text.toString();
  }
}
