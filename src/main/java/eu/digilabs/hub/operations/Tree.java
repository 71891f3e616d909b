package eu.digilabs.hub.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folder trees: whether one is empty, copying one, deleting one's content. */
final class Tree {

  private Tree() {}

  static boolean empty(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return !Files.exists(folder);
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Copies every regular file below {@code from} except the named top-level folders. */
  static int copy(Path from, Path to, List<String> skipped) throws IOException {
    if (!Files.isDirectory(from)) {
      return 0;
    }
    int copied = 0;
    try (Stream<Path> files = Files.walk(from)) {
      // Links are skipped: a link planted in a backup must not copy another file into the data.
      for (Path file :
          files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
        Path relative = from.relativize(file);
        if (skipped.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
        copied++;
      }
    }
    return copied;
  }

  /** Deletes everything inside the folder, keeping the folder. */
  static void clear(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.walk(folder)) {
      for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
        if (!entry.equals(folder)) {
          Files.delete(entry);
        }
      }
    }
  }
}
