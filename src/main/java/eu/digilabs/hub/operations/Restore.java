package eu.digilabs.hub.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code java -jar digilabs-hub.jar restore DIR [--force]}: puts a {@link Backup} back into the
 * configured data directory, which must be empty unless {@code --force} allows replacing what is
 * there. The search index is not part of a backup: the next start finds it empty and rebuilds it.
 * Configuration files are left where the backup keeps them, for the operator to compare.
 */
public final class Restore {

  private final DataLocation location;
  private final PrintStream out;

  public Restore(DataLocation location, PrintStream out) {
    this.location = location;
    this.out = out;
  }

  /** Restores the backup; answers the exit code (0 done, 1 failed, 2 refused). */
  public int run(Path source, boolean force) {
    Path backup = source.toAbsolutePath().normalize();
    Path dataDir = location.dataDir();
    try {
      if (!Files.isRegularFile(backup.resolve(Backup.MANIFEST))) {
        out.println("Refused: " + backup + " holds no backup (" + Backup.MANIFEST + " missing).");
        return 2;
      }
      boolean database = location.h2File() && Files.exists(Path.of(location.h2Base() + ".mv.db"));
      if ((database || !Tree.empty(dataDir)) && !force) {
        out.println(
            "Refused: the data directory "
                + dataDir
                + " is not empty. Stop the hub and restore into an empty data directory, or add"
                + " --force to replace its content.");
        return 2;
      }
      Properties manifest = manifest(backup);
      checkDatabase(backup);
      Tree.clear(dataDir);
      Files.createDirectories(dataDir);
      int files = Tree.copy(backup.resolve(Backup.FILES), dataDir, List.of());
      database(backup);
      out.printf(
          "Restored the backup of %s (version %s, schema %s) into %s: %d files. The search index"
              + " is rebuilt at the next start.%n",
          manifest.getProperty("created"),
          manifest.getProperty("version"),
          manifest.getProperty("schema"),
          dataDir,
          files);
      if (Files.isDirectory(backup.resolve(Backup.CONFIG))) {
        out.println(
            "The configuration of the backup is in "
                + backup.resolve(Backup.CONFIG)
                + ": compare it with the current one.");
      }
      return 0;
    } catch (IOException e) {
      out.println("Restore failed: " + e.getMessage());
      return 1;
    }
  }

  private static Properties manifest(Path backup) throws IOException {
    Properties manifest = new Properties();
    try (InputStream in = Files.newInputStream(backup.resolve(Backup.MANIFEST))) {
      manifest.load(in);
    }
    return manifest;
  }

  /**
   * Reads the whole database archive before anything is deleted, so that a damaged or hostile
   * archive leaves the data directory as it was.
   */
  private static void checkDatabase(Path backup) throws IOException {
    Path zip = backup.resolve(Backup.DATABASE);
    if (!Files.isRegularFile(zip)) {
      return;
    }
    Path folder = Path.of("db").toAbsolutePath();
    try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (!folder.resolve(entry.getName()).normalize().startsWith(folder)) {
          throw new IOException("The database backup names a file outside its folder.");
        }
        entries.transferTo(OutputStream.nullOutputStream());
      }
    }
  }

  private void database(Path backup) throws IOException {
    Path zip = backup.resolve(Backup.DATABASE);
    if (!Files.isRegularFile(zip)) {
      out.println("The backup holds no H2 database: restore the database with pg_restore.");
      return;
    }
    if (!location.h2File()) {
      out.println(
          "The configured database is not an embedded H2 file: "
              + zip
              + " was not restored. Restore the database with pg_restore.");
      return;
    }
    Path folder = location.h2Base().toAbsolutePath().getParent();
    if (folder == null) {
      throw new IOException("The database path names no folder: " + location.h2Base());
    }
    Files.createDirectories(folder);
    try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path target = folder.resolve(entry.getName()).normalize();
        if (!target.startsWith(folder)) {
          throw new IOException("The database backup names a file outside its folder.");
        }
        if (!entry.isDirectory()) {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
