package eu.digilabs.hub.projects;

import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.startup.StartupTask;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Imports the files named by {@code hub.import.*} before the platform serves. Idempotent: a second
 * start with the same files changes nothing. A missing file stops the start with a clear message.
 */
@Component
class StartupImports extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(StartupImports.class);

  private static final String MAPPING_PREFIX = "hub.import.mapping.";

  private final ImportProperties properties;
  private final Imports imports;
  private final ConfigurableEnvironment environment;

  StartupImports(
      ImportProperties properties, Imports imports, ConfigurableEnvironment environment) {
    this.properties = properties;
    this.imports = imports;
    this.environment = environment;
  }

  @Override
  public int getPhase() {
    return IMPORTS;
  }

  @Override
  protected boolean beforeServing() {
    return true;
  }

  @Override
  protected void run() {
    Path ozg = properties.ozgFolder();
    if (ozg != null) {
      require(ozg, true);
      ImportReport report = imports.importOzg(ozg, new ImportReport());
      log.info("OZG catalogue from {}: {}", ozg, report);
      report.problems().forEach(p -> log.warn("  {} line {}: {}", p.file(), p.line(), p.message()));
    }
    for (Path csv : properties.caseFiles()) {
      require(csv, false);
      Path mapping = mappingFor(csv.getFileName().toString());
      if (mapping != null) {
        require(mapping, false);
      }
      ImportReport report = imports.importCases(csv, mapping, new ImportReport());
      log.info("Cases from {}: {}", csv, report);
      report.problems().stream()
          .limit(50)
          .forEach(p -> log.warn("  {} line {}: {}", p.file(), p.line(), p.message()));
    }
  }

  /**
   * The mapping configured as {@code hub.import.mapping.<file name>=<mapping>}. File names hold
   * dots and underscores, which property binding would drop from map keys, so the raw property
   * names are read here; the bracket form {@code hub.import.mapping[<file name>]} binds normally.
   */
  private @Nullable Path mappingFor(String fileName) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> names) {
        for (String name : names.getPropertyNames()) {
          if (name.startsWith(MAPPING_PREFIX)
              && name.substring(MAPPING_PREFIX.length()).equals(fileName)) {
            return Path.of(String.valueOf(environment.getProperty(name)));
          }
        }
      }
    }
    return properties.mappingFor(fileName);
  }

  private static void require(Path path, boolean folder) {
    if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "hub.import names " + path.toAbsolutePath() + ", which does not exist");
    }
  }
}
