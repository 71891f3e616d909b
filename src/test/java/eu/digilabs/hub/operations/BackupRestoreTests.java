package eu.digilabs.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup DIR} and {@code restore DIR}: a hub's data directory with content and an upload is
 * backed up while a connection stays open, restored into an empty data directory, and the content
 * and the upload are found there; the index is left to the next start.
 */
class BackupRestoreTests {

  static final String UPLOAD = "a".repeat(64) + ".png";
  static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

  @TempDir Path temp;

  static String url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("db/hub") + ";WRITE_DELAY=0";
  }

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  int command(String... args) {
    printed.reset();
    return DataCommands.run(args, out);
  }

  /** A data directory as a running hub leaves it: schema, one organisation, an upload, an index. */
  Connection hubWithContent(Path dataDir) throws Exception {
    Flyway.configure()
        .dataSource(url(dataDir), "hub", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Connection open = DriverManager.getConnection(url(dataDir), "hub", "");
    try (Statement insert = open.createStatement()) {
      insert.execute(
          "insert into organisation (name, created_at, updated_at)"
              + " values ('Sicherungsamt Øresund', current_timestamp, current_timestamp)");
    }
    Files.createDirectories(dataDir.resolve("uploads"));
    Files.write(dataDir.resolve("uploads").resolve(UPLOAD), PICTURE);
    Files.createDirectories(dataDir.resolve("legal"));
    Files.writeString(dataDir.resolve("legal/imprint_de.md"), "# Impressum der Stadt");
    Files.createDirectories(dataDir.resolve("index/Lab"));
    Files.writeString(dataDir.resolve("index/Lab/segments_1"), "index");
    return open;
  }

  @Test
  void aBackupRestoredIntoAnEmptyDataDirectoryHoldsTheContentAndTheUploads() throws Exception {
    Path running = temp.resolve("running");
    Path backup = temp.resolve("backup");
    Path restored = temp.resolve("restored");
    try (Connection stillOpen = hubWithContent(running)) {
      assertThat(command("backup", backup.toString(), "--hub.data-dir=" + running)).isZero();
    }
    assertThat(printed()).contains("Backup written to " + backup);
    Properties manifest = new Properties();
    try (var in = Files.newInputStream(backup.resolve("manifest.properties"))) {
      manifest.load(in);
    }
    assertThat(manifest.getProperty("schema")).isEqualTo(newestMigration());
    assertThat(manifest.getProperty("created")).isNotBlank();
    assertThat(backup.resolve("files/index")).doesNotExist();

    assertThat(command("restore", backup.toString(), "--hub.data-dir=" + restored)).isZero();
    assertThat(printed()).contains("rebuilt at the next start");
    try (Connection connection = DriverManager.getConnection(url(restored), "hub", "");
        ResultSet row =
            connection
                .createStatement()
                .executeQuery("select name from organisation where name like 'Sicherungsamt%'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("Sicherungsamt Øresund");
    }
    assertThat(Files.readAllBytes(restored.resolve("uploads").resolve(UPLOAD))).isEqualTo(PICTURE);
    assertThat(restored.resolve("legal/imprint_de.md")).hasContent("# Impressum der Stadt");
    assertThat(restored.resolve("index")).doesNotExist();
  }

  @Test
  void restoreRefusesADataDirectoryWithContentUnlessForced() throws Exception {
    Path running = temp.resolve("running");
    Path backup = temp.resolve("backup");
    hubWithContent(running).close();
    assertThat(command("backup", backup.toString(), "--hub.data-dir=" + running)).isZero();

    assertThat(command("restore", backup.toString(), "--hub.data-dir=" + running)).isEqualTo(2);
    assertThat(printed()).contains("is not empty", "--force");
    assertThat(running.resolve("index/Lab/segments_1")).exists();

    assertThat(command("restore", backup.toString(), "--hub.data-dir=" + running, "--force"))
        .isZero();
    assertThat(running.resolve("index")).doesNotExist();
    assertThat(running.resolve("uploads").resolve(UPLOAD)).exists();
  }

  /** A hostile archive or a planted link changes nothing: checked before the data is replaced. */
  @Test
  void aHostileBackupLeavesTheDataDirectoryAsItWas() throws Exception {
    Path running = temp.resolve("running");
    Path backup = temp.resolve("backup");
    hubWithContent(running).close();
    assertThat(command("backup", backup.toString(), "--hub.data-dir=" + running)).isZero();

    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "not for the hub");
    Files.createSymbolicLink(backup.resolve("files/uploads/planted.txt"), secret);
    try (var zip = new ZipOutputStream(Files.newOutputStream(backup.resolve("db.zip")))) {
      zip.putNextEntry(new ZipEntry("../../outside.txt"));
      zip.write("escape".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(command("restore", backup.toString(), "--hub.data-dir=" + running, "--force"))
        .isEqualTo(1);
    assertThat(running.resolve("uploads").resolve(UPLOAD)).exists();
    assertThat(running.resolve("index/Lab/segments_1")).exists();

    Files.delete(backup.resolve("db.zip"));
    Path fresh = temp.resolve("fresh");
    assertThat(command("restore", backup.toString(), "--hub.data-dir=" + fresh)).isZero();
    assertThat(fresh.resolve("uploads").resolve(UPLOAD)).exists();
    assertThat(fresh.resolve("uploads/planted.txt")).doesNotExist();
  }

  @Test
  void backupRefusesAFolderWithContentAndRestoreAFolderWithoutABackup() throws Exception {
    Path running = temp.resolve("running");
    hubWithContent(running).close();
    Path used = temp.resolve("used");
    Files.createDirectories(used);
    Files.writeString(used.resolve("other.txt"), "keep me");
    assertThat(command("backup", used.toString(), "--hub.data-dir=" + running)).isEqualTo(2);
    assertThat(printed()).contains("is not empty");
    assertThat(command("restore", used.toString(), "--hub.data-dir=" + temp.resolve("new")))
        .isEqualTo(2);
    assertThat(printed()).contains("holds no backup");
    assertThat(command("backup")).isEqualTo(2);
    assertThat(printed()).contains("Usage");
  }

  @Test
  void theConfigurationNextToTheJarIsBackedUpAndAnExternalDatabaseIsLeftToItsTools()
      throws Exception {
    Path work = temp.resolve("work");
    Files.createDirectories(work.resolve("config"));
    Files.writeString(work.resolve("application.properties"), "hub.site.name=Stadtlabor");
    Files.writeString(work.resolve("config/application-prod.properties"), "hub.demo.enabled=false");
    Path dataDir = temp.resolve("data");
    Files.createDirectories(dataDir.resolve("uploads"));
    Files.write(dataDir.resolve("uploads").resolve(UPLOAD), PICTURE);
    DataLocation postgres =
        new DataLocation(
            dataDir, "jdbc:postgresql://user:secret@db.example:5432/hub", "hub", "", work);
    Path backup = temp.resolve("backup");
    assertThat(new Backup(postgres, out).run(backup)).isZero();
    assertThat(printed()).contains("pg_dump").doesNotContain("secret");
    assertThat(backup.resolve("config/application.properties"))
        .hasContent("hub.site.name=Stadtlabor");
    assertThat(backup.resolve("config/config/application-prod.properties")).exists();
    assertThat(backup.resolve("files/uploads").resolve(UPLOAD)).exists();
    assertThat(backup.resolve("db.zip")).doesNotExist();
  }

  /** The version of the newest migration the hub ships, as Flyway writes it ("2026.12.01.104"). */
  private static String newestMigration() throws java.io.IOException {
    java.util.List<String> versions = new java.util.ArrayList<>();
    for (var resource :
        new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath*:db/migration/**/V*__*.sql")) {
      String name = java.util.Objects.requireNonNull(resource.getFilename());
      versions.add(name.substring(1, name.indexOf("__")).replace('_', '.'));
    }
    java.util.Comparator<String> numerically =
        (a, b) -> {
          String[] x = a.split("\\.");
          String[] y = b.split("\\.");
          for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0) {
              return c;
            }
          }
          return Integer.compare(x.length, y.length);
        };
    return versions.stream().max(numerically).orElseThrow();
  }
}
