package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The index is derived data: the {@code reindex} command rebuilds it with progress, and a corrupt
 * index is dropped and rebuilt at start while the platform serves.
 */
class SearchIndexRecoveryIT {

  @Test
  void theReindexCommandRebuildsAndACorruptIndexIsRebuiltAtStart() throws Exception {
    Path data = Path.of("target/recovery-it-data-" + System.nanoTime());
    try (Jar reindex = Jar.launch("reindex", "--hub.data-dir=" + data)) {
      assertThat(reindex.exitCode()).as(reindex.tail()).isZero();
      assertThat(reindex.output())
          .containsPattern("\\d+ / \\d+ \\(100%\\)")
          .contains("Search index rebuilt: ");
    }

    // Damage the largest file of the projects' index, as a full disk or a crash might.
    Path largest;
    try (var files = Files.list(data.resolve("index/Project"))) {
      largest = files.max(Comparator.comparingLong(SearchIndexRecoveryIT::size)).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    for (int i = 100; i < Math.min(bytes.length, 400); i++) {
      bytes[i] = (byte) ~bytes[i];
    }
    Files.write(largest, bytes);

    try (Jar platform = Jar.serve("--hub.data-dir=" + data)) {
      assertThat(platform.output()).contains("is corrupt (Project)");
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(platform.get("/api/v1/search?q=bafog").body())
                      .contains("BAföG Digital"));
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
