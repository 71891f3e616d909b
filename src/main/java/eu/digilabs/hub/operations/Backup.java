package eu.digilabs.hub.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code java -jar digilabs-hub.jar backup DIR}: writes into an empty or new folder a consistent
 * copy of the H2 database ({@code db.zip}, by H2's online {@code BACKUP TO}, so writes may go on
 * meanwhile), the data directory's files (uploads, legal pages; not the search index, which is
 * rebuilt), the configuration files next to the jar, and {@code manifest.properties} (time,
 * version, schema version). With PostgreSQL the database is left to {@code pg_dump}.
 */
public final class Backup {

  static final String DATABASE = "db.zip";
  static final String FILES = "files";
  static final String CONFIG = "config";
  static final String MANIFEST = "manifest.properties";

  private final DataLocation location;
  private final PrintStream out;

  public Backup(DataLocation location, PrintStream out) {
    this.location = location;
    this.out = out;
  }

  /** Writes the backup; answers the exit code (0 done, 1 failed, 2 refused). */
  public int run(Path target) {
    Path folder = target.toAbsolutePath().normalize();
    try {
      if (Files.exists(folder) && !Tree.empty(folder)) {
        out.println("Refused: " + folder + " is not empty. Back up into a new or empty folder.");
        return 2;
      }
      if (folder.startsWith(location.dataDir())) {
        out.println("Refused: " + folder + " lies inside the data directory.");
        return 2;
      }
      Files.createDirectories(folder);
      String schema = database(folder);
      int files = Tree.copy(location.dataDir(), folder.resolve(FILES), DataLocation.NOT_COPIED);
      int configs = configuration(folder.resolve(CONFIG));
      manifest(folder, schema);
      out.printf(
          "Backup written to %s: database %s, %d files, %d configuration files%n",
          folder, location.h2File() ? DATABASE : "not included", files, configs);
      return 0;
    } catch (IOException | SQLException e) {
      out.println("Backup failed: " + e.getMessage());
      return 1;
    }
  }

  /** Backs the H2 database up online; answers its schema version. */
  private String database(Path folder) throws SQLException {
    if (!location.h2File()) {
      out.println(
          "The database is not an embedded H2 file ("
              + location.url().replaceAll("//[^/@]*@", "//")
              + "): back it up with pg_dump (see docs/operations.md).");
      return "";
    }
    if (!Files.exists(Path.of(location.h2Base() + ".mv.db"))) {
      throw new SQLException("No database at " + location.h2Base() + ".mv.db");
    }
    try (Connection connection = connect();
        PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
      backup.setString(1, folder.resolve(DATABASE).toString());
      backup.execute();
      return schemaVersion(connection);
    }
  }

  /** Opens the existing database only: a wrong path must not create an empty one. */
  private Connection connect() throws SQLException {
    String url = location.url();
    String existing = url.contains("IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
    return DriverManager.getConnection(existing, location.user(), location.password());
  }

  static String schemaVersion(Connection connection) {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select \"version\" from \"flyway_schema_history\" where \"success\""
                    + " order by \"installed_rank\" desc limit 1");
        ResultSet row = query.executeQuery()) {
      return row.next() ? String.valueOf(row.getString(1)) : "";
    } catch (SQLException e) {
      return "";
    }
  }

  /** Copies {@code application*.properties|yml|yaml} from the working folder and its config/. */
  private int configuration(Path target) throws IOException {
    int copied = 0;
    for (Path folder :
        new Path[] {location.workingDir(), location.workingDir().resolve("config")}) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(Backup::configurationFile).toList()) {
          Path copy = target.resolve(location.workingDir().relativize(file).toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
          copied++;
        }
      }
    }
    return copied;
  }

  private static boolean configurationFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && name.startsWith("application")
        && name.matches(".*\\.(properties|ya?ml)");
  }

  private void manifest(Path folder, String schema) throws IOException {
    Properties manifest = new Properties();
    manifest.setProperty("created", Instant.now().toString());
    String version = Backup.class.getPackage().getImplementationVersion();
    manifest.setProperty("version", version == null ? "development" : version);
    manifest.setProperty("schema", schema);
    manifest.setProperty("database", location.h2File() ? "h2" : "external");
    try (OutputStream file = Files.newOutputStream(folder.resolve(MANIFEST))) {
      manifest.store(file, "Digilabs Hub backup");
    }
  }
}
