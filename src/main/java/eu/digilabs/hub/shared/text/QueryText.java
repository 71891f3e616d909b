package eu.digilabs.hub.shared.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Text typed into a search or filter box, made safe for the database: control characters (which
 * PostgreSQL rejects, such as NUL) become spaces, whitespace is folded, the length is bounded, and
 * LIKE wildcards are escaped so that "50%" means fifty per cent.
 */
public final class QueryText {

  /** Longer queries are cut here; no title or name is longer. */
  public static final int MAX_LENGTH = 500;

  /** The escape character of the patterns {@link #contains} returns. */
  public static final char ESCAPE = '\\';

  private QueryText() {}

  /** The query without control characters and surplus whitespace; empty for none. */
  public static String clean(@Nullable String query) {
    if (query == null) {
      return "";
    }
    String cleaned =
        query.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
    return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
  }

  @Contract("null -> false")
  public static boolean present(@Nullable String query) {
    return !clean(query).isEmpty();
  }

  /** A lower-case LIKE pattern matching values that contain the query (escape: {@link #ESCAPE}). */
  public static String contains(String query) {
    String escaped =
        clean(query)
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
