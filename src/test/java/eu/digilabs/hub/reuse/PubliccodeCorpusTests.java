package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
 * or with errors that have texts in German and English.
 */
class PubliccodeCorpusTests {

  /** Files of the corpus imported when this test was written; fewer means a regression. */
  static final int IMPORTED_AT_LEAST = 162;

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

  private static List<Finding> concat(List<Finding> first, List<Finding> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
