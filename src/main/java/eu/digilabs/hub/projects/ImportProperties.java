package eu.digilabs.hub.projects;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Imports run at start-up, before the platform serves ({@code hub.import}).
 *
 * @param ozgDir folder with the OZG catalogue export
 * @param cases case collection CSV files
 * @param mapping column mapping file per CSV file name, for layouts other than IPSO's
 */
@ConfigurationProperties("hub.import")
record ImportProperties(Path ozgDir, List<Path> cases, Map<String, Path> mapping) {

  ImportProperties {
    cases = cases == null ? List.of() : cases;
    mapping = mapping == null ? Map.of() : mapping;
  }

  /** The mapping file configured for a CSV file; map keys may lose punctuation in binding. */
  Path mappingFor(String fileName) {
    String wanted = fileName.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    return mapping.entrySet().stream()
        .filter(e -> e.getKey().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT).equals(wanted))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
