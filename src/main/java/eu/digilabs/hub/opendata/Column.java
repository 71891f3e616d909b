package eu.digilabs.hub.opendata;

import org.jspecify.annotations.Nullable;

/**
 * A column of an open dataset.
 *
 * @param name its header in CSV and its key in JSON
 * @param term the vocabulary term it stands for in JSON-LD (an absolute IRI); null where no
 *     vocabulary has one, and then the column is left out of JSON-LD
 * @param kind how its values are written and what the catalogue reads from them
 */
public record Column(String name, @Nullable String term, Kind kind) {

  public enum Kind {
    /** The row's id; the first column. */
    ID,
    TEXT,
    NUMBER,
    /** A boolean. */
    FLAG,
    /** A {@code LocalDate} or an {@code Instant}; the first such column gives the time covered. */
    DATE,
    /** An {@code Instant} of the record itself (last changed, last active), not a time covered. */
    TIMESTAMP,
    /** An ISO 3166 alpha-2 code; gives the countries covered. */
    COUNTRY,
    /** A list of texts, joined by {@code |} in CSV. */
    LIST,
    /** An absolute address. */
    URL
  }

  public static Column id() {
    return new Column("id", "http://purl.org/dc/terms/identifier", Kind.ID);
  }

  public static Column text(String name, @Nullable String term) {
    return new Column(name, term, Kind.TEXT);
  }

  public static Column of(String name, @Nullable String term, Kind kind) {
    return new Column(name, term, kind);
  }
}
