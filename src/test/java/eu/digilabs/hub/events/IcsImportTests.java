package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.TestData;
import eu.digilabs.hub.shared.ImportReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The calendar reader on every file of the iCal corpus in the test resources (valid and invalid,
 * from ical4j's test suite): it ends within its time limit, never throws, and accounts for what it
 * could not read.
 */
class IcsImportTests {

  static Stream<Path> files() throws Exception {
    Path root = TestData.path("ics");
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".ics")).sorted().toList().stream();
    }
  }

  static final IcsImport READER;

  static {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    READER = new IcsImport(messages);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyFileIsReadOrReportedWithoutCrashingOrHanging(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    ImportReport report = new ImportReport();
    List<IcsImport.Entry> entries =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> READER.read(bytes, file.getFileName().toString(), report, Locale.ENGLISH));
    boolean hasEvents = new String(bytes, StandardCharsets.UTF_8).contains("BEGIN:VEVENT");
    if (hasEvents) {
      assertThat(entries).as("entries or a reason").isNotEmpty();
    } else {
      assertThat(entries.isEmpty() ? report.problems() : entries).isNotEmpty();
    }
    for (IcsImport.Entry entry : entries) {
      assertThat(
              entry.problem() != null
                  || entry.title() != null
                  || entry.start() != null
                  || entry.uid() != null)
          .as("an entry is either read or says why not")
          .isTrue();
    }
  }
}
