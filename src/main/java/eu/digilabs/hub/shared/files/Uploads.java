package eu.digilabs.hub.shared.files;

import eu.digilabs.hub.shared.HubProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files under {@code <hub.data-dir>/uploads}, named by the SHA-256 of their content. A
 * file is written completely (to a temporary name, then moved) before any row refers to it, so a
 * failed write never leaves a row pointing at half a file.
 */
@Component
public class Uploads {

  private final Path folder;

  Uploads(HubProperties hub) {
    this.folder = hub.dataPath().resolve("uploads");
  }

  /** Stores the bytes and returns the file name to keep in the database. */
  public String store(byte[] content, String extension) {
    try {
      Files.createDirectories(folder);
      String name = name(content, extension);
      Path target = folder.resolve(name);
      if (!Files.exists(target)) {
        Path temp = Files.createTempFile(folder, "upload", ".tmp");
        Files.write(temp, content);
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores the bytes as {@link #store} does and, when this call created the file and the current
   * transaction rolls back, removes it again: a failed upload leaves nothing behind.
   */
  public String storeForTransaction(byte[] content, String extension) {
    boolean existed = find(name(content, extension)).isPresent();
    String name = store(content, extension);
    if (!existed && TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                delete(name);
              }
            }
          });
    }
    return name;
  }

  /** Removes a stored file (callers make sure no row refers to it any more). */
  public void delete(String name) {
    find(name)
        .ifPresent(
            file -> {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static String name(byte[] content, String extension) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))
          + "."
          + extension;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<Path> find(@Nullable String name) {
    if (name == null || !name.matches("[0-9a-f]{64}\\.[a-z]{3,4}")) {
      return Optional.empty();
    }
    Path file = folder.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * The image type of PNG or JPEG bytes, judged by their magic numbers; empty for anything else.
   */
  public static Optional<String> imageType(byte[] bytes) {
    if (bytes.length >= 8
        && (bytes[0] & 0xFF) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G'
        && bytes[4] == 0x0D
        && bytes[5] == 0x0A
        && bytes[6] == 0x1A
        && bytes[7] == 0x0A) {
      return Optional.of("png");
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return Optional.of("jpeg");
    }
    return Optional.empty();
  }
}
