package eu.digilabs.hub.projects;

import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.shared.text.Markdown;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a case collection's rows read: which column holds which field (the mapping file) and which
 * vocabulary code a dataset's word stands for (the mapping's {@code value.*} lines, then the hub's
 * own {@code import/values.properties}). Pure: no store, no vocabularies.
 */
final class CaseMapping {

  /** The fields a mapping may name a column for. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "description",
          "url",
          "country",
          "level",
          "organisation",
          "organisationType",
          "start",
          "end",
          "sector",
          "technology",
          "status",
          "type");

  private static final List<String> PROJECT_FIELDS = List.of("id", "title", "description", "url");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:\\.0)?$");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final int TITLE_LENGTH = 300;
  private static final int VALUE_LENGTH = 2000;
  private static final int URL_LENGTH = 1000;

  private final Properties mapping;
  private final Properties values;

  CaseMapping(Properties mapping, Properties values) {
    this.mapping = mapping;
    this.values = values;
  }

  String dataset(String file) {
    return mapping.getProperty("dataset.name", file).strip();
  }

  @Nullable String datasetUrl() {
    String url = mapping.getProperty("dataset.url", "").strip();
    return url.isEmpty() ? null : url;
  }

  String language() {
    return mapping.getProperty("language", "en").strip();
  }

  String column(String field) {
    return mapping.getProperty("column." + field, "").strip();
  }

  /** The dataset's id of the case, or its normalised title when the mapping names no id. */
  String key(Csv.Row row) {
    return mapping.containsKey("column.id")
        ? row.get(column("id"))
        : normalisedTitle(row.get(column("title")));
  }

  /** The title, shortened to what a project holds. */
  String title(Csv.Row row) {
    String title = row.get(column("title"));
    return title.length() > TITLE_LENGTH ? Markdown.shorten(title, TITLE_LENGTH) : title;
  }

  String description(Csv.Row row) {
    return row.get(column("description"));
  }

  /**
   * The dataset's own values of the other fields, as it wrote them (cut to 2,000 characters), kept
   * beside the project; a link that is not a web address is kept here too.
   */
  Map<String, String> sourceValues(Csv.Row row) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String field : FIELDS) {
      if (!PROJECT_FIELDS.contains(field)) {
        String value = row.get(column(field));
        if (!value.isEmpty()) {
          raw.put(field, cut(value));
        }
      }
    }
    String url = row.get(column("url"));
    if (!url.isEmpty() && caseUrl(row) == null) {
      raw.put("url", cut(url));
    }
    return raw;
  }

  /** The case's web address, when the row has one that is a web address. */
  @Nullable String caseUrl(Csv.Row row) {
    String url = row.get(column("url"));
    return url.matches("^https?://\\S+$") && url.length() <= URL_LENGTH ? url : null;
  }

  /** The code a dataset's word stands for, by the mapping or the hub's table; null if none. */
  @Nullable String valueCode(String field, String value) {
    String text = value.strip();
    return mapping.getProperty(
        "value." + field + "." + text, values.getProperty(field + "." + text));
  }

  /** A year ({@code 2019}, {@code 2019.0}) or a date at the start of the text; null otherwise. */
  static @Nullable LocalDate date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher year = YEAR.matcher(value.strip());
    if (year.matches()) {
      return LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
    }
    Matcher date = DATE.matcher(value.strip());
    if (date.find()) {
      try {
        return LocalDate.of(
            Integer.parseInt(date.group(1)),
            Integer.parseInt(date.group(2)),
            Integer.parseInt(date.group(3)));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  static String normalisedTitle(String title) {
    String key = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return key.length() > TITLE_LENGTH ? key.substring(0, TITLE_LENGTH) : key;
  }

  private static String cut(String value) {
    return value.length() > VALUE_LENGTH ? value.substring(0, VALUE_LENGTH) : value;
  }
}
