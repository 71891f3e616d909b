package eu.digilabs.hub.operations;

import java.nio.file.Path;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * Where a hub keeps its data, as its configuration says: the data directory, the database (H2 file
 * or PostgreSQL) and the folder whose configuration files ({@code application*.properties}) a
 * backup takes along.
 *
 * @param dataDir the absolute data directory ({@code hub.data-dir})
 * @param url the JDBC address of the database
 * @param user the database user
 * @param password the database password
 * @param workingDir where configuration files next to the jar are looked for
 */
public record DataLocation(
    Path dataDir, String url, String user, String password, Path workingDir) {

  /** The folders inside the data directory that a backup does not copy as files. */
  static final List<String> NOT_COPIED = List.of("db", "index");

  public static DataLocation of(Environment environment) {
    return new DataLocation(
        Path.of(environment.getProperty("hub.data-dir", "./data")).toAbsolutePath().normalize(),
        environment.getProperty("spring.datasource.url", ""),
        environment.getProperty("spring.datasource.username", ""),
        environment.getProperty("spring.datasource.password", ""),
        Path.of("").toAbsolutePath());
  }

  /** Whether the database is an embedded H2 file (else: a server, backed up with its own tools). */
  boolean h2File() {
    return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./");
  }

  /** The H2 database's base path ({@code <data-dir>/db/hub}), without its file ending. */
  Path h2Base() {
    String path = url.substring(url.startsWith("jdbc:h2:file:") ? 13 : 8);
    int options = path.indexOf(';');
    return Path.of(options < 0 ? path : path.substring(0, options)).toAbsolutePath().normalize();
  }
}
