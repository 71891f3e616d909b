package eu.digilabs.hub.knowledge;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of an article: lines compared with Myers' algorithm (in linear
 * space), words compared inside changed lines, and long runs of unchanged lines collapsed. Texts
 * longer than {@link #MAX_LINES} lines are not compared at all, so a request costs bounded time and
 * memory.
 */
public final class TextDiff {

  /**
   * One row of the comparison: kept, removed (only in the old text), added (only in the new) or
   * {@code skipped} unchanged lines collapsed. {@code parts} split a changed line into words that
   * changed and words that stayed (empty for whole-line changes).
   */
  public record Line(
      Change change, String text, int oldNumber, int newNumber, int skipped, List<Part> parts) {

    static Line whole(Change change, String text, int oldNumber, int newNumber) {
      return new Line(change, text, oldNumber, newNumber, 0, List.of());
    }
  }

  /** A stretch of a changed line: changed words or words both versions share. */
  public record Part(String text, boolean changed) {}

  public enum Change {
    KEPT,
    REMOVED,
    ADDED,
    SKIPPED
  }

  /** The comparison, or {@code tooLarge} when a version has too many lines to compare. */
  public record Comparison(boolean tooLarge, List<Line> lines) {}

  /** Above this many lines in one version, versions are not compared (time and memory). */
  static final int MAX_LINES = 2_000;

  /** Changed lines with more words than this together are marked as whole lines. */
  static final int MAX_WORDS = 2_000;

  /** Words compared in all changed lines together; further changed lines are marked whole. */
  static final int WORD_BUDGET = 20_000;

  /** Unchanged lines kept around a change; longer unchanged runs are collapsed. */
  static final int CONTEXT = 1;

  private static final Pattern WORD = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|.");

  private int wordsLeft = WORD_BUDGET;

  private TextDiff() {}

  public static Comparison of(String before, String after) {
    return new TextDiff().compare(before, after);
  }

  private Comparison compare(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
      return new Comparison(true, List.of());
    }
    List<Line> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Hunk hunk : hunks(diff(a, b))) {
      for (; i < hunk.from(); i++, j++) {
        rows.add(Line.whole(Change.KEPT, a.get(i), i + 1, j + 1));
      }
      changed(hunk, i, j, rows);
      i += hunk.removed().size();
      j += hunk.added().size();
    }
    for (; i < a.size(); i++, j++) {
      rows.add(Line.whole(Change.KEPT, a.get(i), i + 1, j + 1));
    }
    return new Comparison(false, collapsed(rows));
  }

  private static <T> List<AbstractDelta<T>> diff(List<T> a, List<T> b) {
    return DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<T>()).getDeltas();
  }

  /** Lines removed and added at one place (from line {@code from} of the old text on). */
  private record Hunk(int from, List<String> removed, List<String> added) {}

  /** Deltas with no unchanged line between them joined, so that removed and added lines pair. */
  private static List<Hunk> hunks(List<AbstractDelta<String>> deltas) {
    List<Hunk> hunks = new ArrayList<>();
    int end = -1;
    for (AbstractDelta<String> delta : deltas) {
      int from = delta.getSource().getPosition();
      if (from == end) {
        Hunk last = hunks.remove(hunks.size() - 1);
        List<String> removed = new ArrayList<>(last.removed());
        List<String> added = new ArrayList<>(last.added());
        removed.addAll(delta.getSource().getLines());
        added.addAll(delta.getTarget().getLines());
        hunks.add(new Hunk(last.from(), removed, added));
      } else {
        hunks.add(new Hunk(from, delta.getSource().getLines(), delta.getTarget().getLines()));
      }
      end = from + delta.getSource().size();
    }
    return hunks;
  }

  /** Removed lines, then added ones; a removed and an added line at the same place by words. */
  private void changed(Hunk hunk, int i, int j, List<Line> rows) {
    List<String> removed = hunk.removed();
    List<String> added = hunk.added();
    List<Line> addedRows = new ArrayList<>();
    for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
      if (k < removed.size() && k < added.size()) {
        List<List<Part>> parts = words(removed.get(k), added.get(k));
        rows.add(new Line(Change.REMOVED, removed.get(k), i + k + 1, 0, 0, parts.get(0)));
        addedRows.add(new Line(Change.ADDED, added.get(k), 0, j + k + 1, 0, parts.get(1)));
      } else if (k < removed.size()) {
        rows.add(Line.whole(Change.REMOVED, removed.get(k), i + k + 1, 0));
      } else {
        addedRows.add(Line.whole(Change.ADDED, added.get(k), 0, j + k + 1));
      }
    }
    rows.addAll(addedRows);
  }

  /** The old and the new line split into changed and shared words (none when too long). */
  private List<List<Part>> words(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    if (a.size() + b.size() > Math.min(MAX_WORDS, wordsLeft)) {
      return List.of(List.of(), List.of());
    }
    wordsLeft -= a.size() + b.size();
    boolean[] changedA = new boolean[a.size()];
    boolean[] changedB = new boolean[b.size()];
    for (AbstractDelta<String> delta : diff(a, b)) {
      mark(changedA, delta.getSource().getPosition(), delta.getSource().size());
      mark(changedB, delta.getTarget().getPosition(), delta.getTarget().size());
    }
    return List.of(parts(a, changedA), parts(b, changedB));
  }

  private static void mark(boolean[] changed, int from, int size) {
    Arrays.fill(changed, from, from + size, true);
  }

  /** Neighbouring tokens with the same mark joined into one part. */
  private static List<Part> parts(List<String> tokens, boolean[] changed) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < tokens.size(); k++) {
      text.append(tokens.get(k));
      if (k + 1 == tokens.size() || changed[k + 1] != changed[k]) {
        parts.add(new Part(text.toString(), changed[k]));
        text.setLength(0);
      }
    }
    return parts;
  }

  /** Runs of unchanged lines longer than {@code 2 * CONTEXT + 1} become one skipped row. */
  private static List<Line> collapsed(List<Line> rows) {
    List<Line> out = new ArrayList<>();
    int k = 0;
    while (k < rows.size()) {
      if (rows.get(k).change() != Change.KEPT) {
        out.add(rows.get(k++));
        continue;
      }
      int end = k;
      while (end < rows.size() && rows.get(end).change() == Change.KEPT) {
        end++;
      }
      int keepBefore = k == 0 ? 0 : CONTEXT;
      int keepAfter = end == rows.size() ? 0 : CONTEXT;
      int hidden = end - k - keepBefore - keepAfter;
      if (end - k > 2 * CONTEXT + 1 && hidden > 1) {
        out.addAll(rows.subList(k, k + keepBefore));
        Line first = rows.get(k + keepBefore);
        out.add(
            new Line(Change.SKIPPED, "", first.oldNumber(), first.newNumber(), hidden, List.of()));
        out.addAll(rows.subList(end - keepAfter, end));
      } else {
        out.addAll(rows.subList(k, end));
      }
      k = end;
    }
    return out;
  }

  private static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\r\n|\n|\r", -1));
  }
}
