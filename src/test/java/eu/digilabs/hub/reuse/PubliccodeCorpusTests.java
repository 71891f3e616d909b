package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.digilabs.hub.PubliccodeStandard;
import eu.digilabs.hub.reuse.PubliccodeReader.Reading;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the publiccode.yml corpus (203 real files, odd ones included) is read within a
 * second without an exception, either into a document that survives a round trip through the writer
 * or with errors that have texts in German and English; every document maps onto a valid solution
 * whose export passes the standard's checks.
 */
class PubliccodeCorpusTests {

  /** Files of the corpus imported when this test was written; fewer means a regression. */
  static final int IMPORTED_AT_LEAST = 162;

  /**
   * Files whose import, export and import again gave the same solution when this was measured; the
   * others break the standard (a short description over 150 characters, a long one under 150, no
   * features, maintenance without contacts or contractors, a repository not on https).
   */
  static final int ROUND_TRIPS_AT_LEAST = 143;

  static final PubliccodeReader READER = new PubliccodeReader(Licences.load());

  @TestFactory
  Stream<DynamicTest> everyFileIsReadWithinASecondAndRoundTrips() {
    return PubliccodeCorpus.entries().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.file(), () -> readsAndRoundTrips(entry)));
  }

  void readsAndRoundTrips(PubliccodeCorpus.Entry entry) {
    String text = entry.text();
    Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> READER.read(text));
    assertThat(reading.document() != null).isEqualTo(reading.errors().isEmpty());
    for (Finding finding : concat(reading.errors(), reading.warnings())) {
      assertThat(finding.key()).isNotBlank().startsWith("publiccode.problem.");
      assertThat(MessageBundles.hasText(finding.key())).as(finding.key()).isTrue();
      for (Object argument : finding.getArguments()) {
        if (argument instanceof Licence.Hint hint) {
          assertThat(MessageBundles.hasText(hint.key())).as(hint.key()).isTrue();
        }
      }
    }
    Publiccode document = reading.document();
    if (document != null) {
      String written = PubliccodeWriter.write(document);
      Reading again = READER.read(written);
      assertThat(again.errors()).as(written).isEmpty();
      assertThat(again.document()).isEqualTo(PubliccodeWriter.asWritten(document));
    }
  }

  @Test
  void importsAtLeastAsManyFilesAsWhenMeasured() {
    List<PubliccodeCorpus.Entry> entries = PubliccodeCorpus.entries();
    int imported = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    for (PubliccodeCorpus.Entry entry : entries) {
      Reading reading = READER.read(entry.text());
      if (reading.document() != null) {
        imported++;
      }
      reading.errors().stream()
          .map(Finding::key)
          .distinct()
          .forEach(key -> reasons.merge(key, 1, Integer::sum));
    }
    String top =
        reasons.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(5)
            .map(reason -> "  " + reason.getValue() + " files: " + reason.getKey())
            .collect(Collectors.joining("\n"));
    System.out.printf(
        "publiccode.yml corpus: %d files, %d imported, %d rejected%ntop rejection reasons:%n%s%n",
        entries.size(), imported, entries.size() - imported, top);
    assertThat(entries).hasSize(203);
    assertThat(imported).isGreaterThanOrEqualTo(IMPORTED_AT_LEAST);
  }

  /**
   * Every file either maps onto a valid solution command (its annotations and the codes of the
   * vocabularies hold) whose export the standard's checks accept, or is rejected with a reason.
   */
  @Test
  void everyFileMapsOntoAValidSolutionOrIsRejectedWithAReason() {
    List<PubliccodeCorpus.Entry> entries = PubliccodeCorpus.entries();
    int mapped = 0;
    int roundTrips = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    Map<String, Integer> differences = new TreeMap<>();
    for (PubliccodeCorpus.Entry entry : entries) {
      Reading reading = READER.read(entry.text());
      Publiccode file = reading.document();
      if (file == null) {
        assertThat(reading.errors()).as(entry.file()).isNotEmpty();
        reading.errors().stream()
            .map(Finding::key)
            .distinct()
            .forEach(key -> reasons.merge(key, 1, Integer::sum));
        continue;
      }
      PubliccodeMapping.Imported imported = PubliccodeRoundTrip.map(file, "de");
      assertThat(PubliccodeRoundTrip.problems(imported.command())).as(entry.file()).isEmpty();
      mapped++;
      Solution solution = PubliccodeRoundTrip.solution(imported);
      String exported = PubliccodeRoundTrip.export(solution);
      try {
        PubliccodeStandard.assertConforms(PubliccodeStandard.parse(exported));
      } catch (AssertionError e) {
        throw new AssertionError(entry.file() + ":\n" + exported, e);
      }
      Publiccode again = READER.read(exported).document();
      assertThat(again).as(exported).isNotNull();
      Solution second = PubliccodeRoundTrip.solution(PubliccodeRoundTrip.map(again, "de"));
      List<String> differs = second.command().changedSince(solution.command());
      if (!solution.publiccodeValues().equals(second.publiccodeValues())) {
        differs = Stream.concat(differs.stream(), Stream.of("kept values")).toList();
      }
      if (differs.isEmpty()) {
        roundTrips++;
      } else {
        differs.forEach(d -> differences.merge(d, 1, Integer::sum));
      }
    }
    System.out.printf(
        "publiccode.yml corpus through the mapping: %d files, %d mapped onto a solution, %d"
            + " rejected by the reader; %d import-export-import round trips give the same"
            + " solution%ntop rejection reasons:%n%s%nwhat differs after a round trip (files):%n%s%n",
        entries.size(),
        mapped,
        entries.size() - mapped,
        roundTrips,
        top(reasons, 5),
        top(differences, 10));
    assertThat(mapped).isGreaterThanOrEqualTo(IMPORTED_AT_LEAST);
    assertThat(roundTrips).isGreaterThanOrEqualTo(ROUND_TRIPS_AT_LEAST);
  }

  private static String top(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(reason -> "  " + reason.getValue() + " files: " + reason.getKey())
        .collect(Collectors.joining("\n"));
  }

  private static List<Finding> concat(List<Finding> first, List<Finding> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
