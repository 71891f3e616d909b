package eu.digilabs.hub.projects;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Imports run at start-up, before the platform serves ({@code hub.import}).
 *
 * @param ozgDir folder with the OZG catalogue export
 * @param cases case collection CSV files
 * @param mapping column mapping file per CSV file name, for layouts other than IPSO's
 */
@ConfigurationProperties("hub.import")
record ImportProperties(String ozgDir, List<String> cases, Map<String, String> mapping) {

  ImportProperties {
    cases = cases == null ? List.of() : cases;
    mapping = mapping == null ? Map.of() : mapping;
  }

  /**
   * Paths are bound as text: relative ones such as ../data would not survive conversion to Path.
   */
  @Nullable Path ozgFolder() {
    return ozgDir == null || ozgDir.isBlank() ? null : Path.of(ozgDir.strip());
  }

  List<Path> caseFiles() {
    return cases.stream().filter(c -> !c.isBlank()).map(c -> Path.of(c.strip())).toList();
  }

  /** The mapping file configured for a CSV file; map keys may lose punctuation in binding. */
  @Nullable Path mappingFor(String fileName) {
    String wanted = fileName.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    return mapping.entrySet().stream()
        .filter(
            e -> e.getKey().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT).equals(wanted))
        .map(e -> Path.of(e.getValue().strip()))
        .findFirst()
        .orElse(null);
  }
}
