package eu.digilabs.hub.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings of one reading, and the budget of text it may take out of the file, so
 * that aliases repeating one long value cannot make a small file expand without bounds.
 */
final class Findings {

  /** Characters of values one file may yield: four times the largest file read. */
  static final long TEXT_BUDGET = 4L * PubliccodeReader.MAX_CODE_POINTS;

  /** More findings of one kind than this help nobody; the rest are left out. */
  private static final int MAX_FINDINGS = 500;

  private static final String PREFIX = "publiccode.problem.";

  private final List<Finding> errors = new ArrayList<>();
  private final List<Finding> warnings = new ArrayList<>();
  private long charged;

  /** Thrown when the values read exceed {@link #TEXT_BUDGET}; the reader turns it into an error. */
  static final class OverBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverBudget() {
      super("text budget exceeded", null, false, false);
    }
  }

  void error(int line, String path, String problem, String... args) {
    add(errors, line, path, problem, List.of(args));
  }

  void error(int line, String path, String problem, List<String> args) {
    add(errors, line, path, problem, args);
  }

  void warning(int line, String path, String problem, String... args) {
    add(warnings, line, path, problem, List.of(args));
  }

  void warning(int line, String path, String problem, List<String> args) {
    add(warnings, line, path, problem, args);
  }

  /** Counts a value read from the file against the budget. */
  String charge(String text) {
    charged += text.length();
    if (charged > TEXT_BUDGET) {
      throw new OverBudget();
    }
    return text;
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  List<Finding> errors() {
    return List.copyOf(errors);
  }

  List<Finding> warnings() {
    return List.copyOf(warnings);
  }

  private static void add(
      List<Finding> findings, int line, String path, String problem, List<String> args) {
    if (findings.size() < MAX_FINDINGS) {
      findings.add(new Finding(line, path, PREFIX + problem, args));
    }
  }
}
