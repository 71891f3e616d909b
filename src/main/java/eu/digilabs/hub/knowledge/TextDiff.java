package eu.digilabs.hub.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference between two texts (longest common subsequence), for showing what
 * changed between two versions of an article.
 */
public final class TextDiff {

  /**
   * One line of the comparison: kept, removed (only in the old text) or added (only in the new).
   */
  public record Line(Change change, String text, int oldNumber, int newNumber) {}

  public enum Change {
    KEPT,
    REMOVED,
    ADDED
  }

  /** Above this many line pairs, only the common start and end are matched (cheap, still right). */
  static final long MAX_CELLS = 16_000_000L;

  private TextDiff() {}

  public static List<Line> of(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    int start = 0;
    while (start < a.length && start < b.length && a[start].equals(b[start])) {
      start++;
    }
    int endA = a.length;
    int endB = b.length;
    while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
      endA--;
      endB--;
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < start; i++) {
      lines.add(new Line(Change.KEPT, a[i], i + 1, i + 1));
    }
    int n = endA - start;
    int m = endB - start;
    if ((long) n * m > MAX_CELLS) {
      for (int i = start; i < endA; i++) {
        lines.add(new Line(Change.REMOVED, a[i], i + 1, 0));
      }
      for (int j = start; j < endB; j++) {
        lines.add(new Line(Change.ADDED, b[j], 0, j + 1));
      }
    } else {
      int[][] common = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          common[i][j] =
              a[start + i].equals(b[start + j])
                  ? common[i + 1][j + 1] + 1
                  : Math.max(common[i + 1][j], common[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && a[start + i].equals(b[start + j])) {
          lines.add(new Line(Change.KEPT, a[start + i], start + i + 1, start + j + 1));
          i++;
          j++;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
          lines.add(new Line(Change.REMOVED, a[start + i], start + i + 1, 0));
          i++;
        } else {
          lines.add(new Line(Change.ADDED, b[start + j], 0, start + j + 1));
          j++;
        }
      }
    }
    for (int k = 0; k < a.length - endA; k++) {
      lines.add(new Line(Change.KEPT, a[endA + k], endA + k + 1, endB + k + 1));
    }
    return lines;
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\r\n|\n|\r", -1);
  }
}
