package eu.digilabs.hub.dashboard.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chart as the page draws it: its rows in the reader's language, each with a link to the list it
 * counts where there is one, and the address of its CSV.
 */
public record ChartView(String id, List<Row> rows, String csv) {

  /** A bar: its code, label, value and the list behind it. */
  public record Row(String code, String label, long value, @Nullable String href) {}

  /** The longest bar's value, at least 1. */
  public long max() {
    return Math.max(1, rows.stream().mapToLong(Row::value).max().orElse(1));
  }

  /** The height of the drawing: one line per row. */
  public int height() {
    return rows.size() * LINE + 10;
  }

  /** The width of a bar in the drawing, proportional to the longest. */
  public long width(Row row) {
    return Math.round(BAR * (double) row.value() / max());
  }

  public static final int LINE = 28;
  public static final int BAR = 330;
}
