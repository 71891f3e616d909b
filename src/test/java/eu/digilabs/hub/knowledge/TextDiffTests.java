package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.knowledge.TextDiff.Change;
import eu.digilabs.hub.knowledge.TextDiff.Line;
import eu.digilabs.hub.knowledge.TextDiff.Part;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The article diff: lines by Myers, words inside changed lines, collapsed runs, a size bound. */
class TextDiffTests {

  static String numbered(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "Line " + i)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void aChangedLineShowsWhichWordsChanged() {
    List<Line> lines =
        TextDiff.of("Ask open questions first.", "Ask closed questions first.").lines();
    assertThat(lines).extracting(Line::change).containsExactly(Change.REMOVED, Change.ADDED);
    assertThat(lines.get(0).parts())
        .containsExactly(
            new Part("Ask ", false), new Part("open", true), new Part(" questions first.", false));
    assertThat(lines.get(1).parts())
        .containsExactly(
            new Part("Ask ", false),
            new Part("closed", true),
            new Part(" questions first.", false));
  }

  @Test
  void longRunsOfUnchangedLinesAreCollapsedAroundTheChange() {
    String before = numbered(20);
    String after = before.replace("Line 10\n", "Line ten\n");
    List<Line> lines = TextDiff.of(before, after).lines();
    assertThat(lines)
        .extracting(Line::change)
        .containsExactly(
            Change.SKIPPED, Change.KEPT, Change.REMOVED, Change.ADDED, Change.KEPT, Change.SKIPPED);
    assertThat(lines.get(0).skipped()).isEqualTo(8);
    assertThat(lines.get(1).text()).isEqualTo("Line 9");
    assertThat(lines.get(2).oldNumber()).isEqualTo(10);
    assertThat(lines.get(3).newNumber()).isEqualTo(10);
    assertThat(lines.get(5).skipped()).isEqualTo(9);
    assertThat(lines.get(5).oldNumber()).isEqualTo(12);
  }

  @Test
  void shortRunsStayVisibleAndWholeLinesAreAddedOrRemoved() {
    List<Line> lines = TextDiff.of("a\nb\nc", "a\nb\nc\nd").lines();
    assertThat(lines)
        .extracting(Line::change)
        .containsExactly(Change.KEPT, Change.KEPT, Change.KEPT, Change.ADDED);
    assertThat(lines.get(3).parts()).isEmpty();
    assertThat(lines.get(3).newNumber()).isEqualTo(4);
  }

  @Test
  void versionsWithTooManyLinesAreNotCompared() {
    String huge = "x\n".repeat(TextDiff.MAX_LINES + 1);
    TextDiff.Comparison comparison = TextDiff.of("short", huge);
    assertThat(comparison.tooLarge()).isTrue();
    assertThat(comparison.lines()).isEmpty();
  }

  @Test
  void theLargestComparableRewriteIsComparedLineByLine() {
    String before = numbered(TextDiff.MAX_LINES);
    String after =
        IntStream.rangeClosed(1, TextDiff.MAX_LINES)
            .mapToObj(i -> "Other " + i)
            .collect(Collectors.joining("\n"));
    TextDiff.Comparison comparison = TextDiff.of(before, after);
    assertThat(comparison.tooLarge()).isFalse();
    assertThat(comparison.lines()).hasSize(2 * TextDiff.MAX_LINES);
    assertThat(comparison.lines().get(0).change()).isEqualTo(Change.REMOVED);
    assertThat(comparison.lines().get(TextDiff.MAX_LINES).change()).isEqualTo(Change.ADDED);
  }

  @Test
  void removedAndAddedLinesAtOnePlacePairUpByWords() {
    List<Line> lines = TextDiff.of("keep\nold one\nold two\nkeep", "keep\nnew one\nkeep").lines();
    assertThat(lines)
        .extracting(Line::change)
        .containsExactly(Change.KEPT, Change.REMOVED, Change.REMOVED, Change.ADDED, Change.KEPT);
    assertThat(lines.get(1).parts()).contains(new Part("old", true), new Part(" one", false));
    assertThat(lines.get(2).parts()).isEmpty();
    assertThat(lines.get(3).parts()).contains(new Part("new", true));
  }

  @Test
  void identicalVersionsCollapseIntoOneSkippedRun() {
    List<Line> lines = TextDiff.of(numbered(5), numbered(5)).lines();
    assertThat(lines).extracting(Line::change).containsExactly(Change.SKIPPED);
    assertThat(lines.get(0).skipped()).isEqualTo(5);
  }

  @Test
  void fromAnEmptyVersionEveryLineIsAdded() {
    List<Line> lines = TextDiff.of("", "a\nb").lines();
    assertThat(lines).extracting(Line::change).containsExactly(Change.ADDED, Change.ADDED);
    assertThat(lines).extracting(Line::newNumber).containsExactly(1, 2);
  }

  @Test
  void lineEndingsOfAnotherSystemAreNoChange() {
    List<Line> lines = TextDiff.of("a\r\nb", "a\nb").lines();
    assertThat(lines).extracting(Line::change).containsExactly(Change.KEPT, Change.KEPT);
  }

  @Test
  void aChangedLineWithTooManyWordsIsMarkedWhole() {
    String before = "w ".repeat(TextDiff.MAX_WORDS / 2) + "old";
    String after = "w ".repeat(TextDiff.MAX_WORDS / 2) + "new";
    List<Line> lines = TextDiff.of(before, after).lines();
    assertThat(lines).extracting(Line::change).containsExactly(Change.REMOVED, Change.ADDED);
    assertThat(lines).allSatisfy(line -> assertThat(line.parts()).isEmpty());
  }
}
