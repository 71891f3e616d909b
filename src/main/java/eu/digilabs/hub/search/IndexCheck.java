package eu.digilabs.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Before Hibernate Search opens the index: an index that is corrupt, or was written by a version of
 * the platform with other fields, is removed, so that it starts empty and {@link IndexAtStart}
 * rebuilds it from the database while the platform serves. The index holds nothing the database
 * does not.
 */
@Component
class IndexCheck implements HibernatePropertiesCustomizer {

  /** Raise when the indexed fields change incompatibly: existing indexes are then rebuilt. */
  static final String FORMAT =
      "8 (vectors all-MiniLM-L6-v2 in every type, fr/et analysis, compounds, keys, events, solutions,"
          + " posts, questions)";

  static final String FORMAT_FILE = "hub-index-format";

  private static final Logger log = LoggerFactory.getLogger(IndexCheck.class);

  @Override
  public void customize(Map<String, Object> properties) {
    Object backend = properties.get("hibernate.search.backend.type");
    Object type = properties.get("hibernate.search.backend.directory.type");
    Object root = properties.get("hibernate.search.backend.directory.root");
    if (backend != null && !"lucene".equals(String.valueOf(backend))
        || type != null && !"local-filesystem".equals(String.valueOf(type))
        || root == null
        || String.valueOf(root).isBlank()) {
      return;
    }
    check(Path.of(String.valueOf(root)));
  }

  /** Removes the index under {@code root} when it is unusable; marks the format. */
  static void check(Path root) {
    try {
      Path format = root.resolve(FORMAT_FILE);
      if (Files.isDirectory(root) && hasIndexes(root)) {
        String problem = problem(root, format);
        if (problem != null) {
          log.warn(
              "The search index at {} {}: removing it to rebuild it from the database",
              root,
              problem);
          for (Path index : indexes(root)) {
            delete(index);
          }
        }
      }
      Files.createDirectories(root);
      Files.writeString(format, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the search index at " + root, e);
    }
  }

  private static boolean hasIndexes(Path root) throws IOException {
    return !indexes(root).isEmpty();
  }

  /** The Lucene indexes under the root: folders holding a commit point or a lock. */
  private static List<Path> indexes(Path root) throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(Files::isDirectory).filter(IndexCheck::isLuceneIndex).toList();
    }
  }

  private static boolean isLuceneIndex(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> file.getFileName().toString())
          .anyMatch(name -> name.startsWith("segments") || name.equals("write.lock"));
    } catch (IOException e) {
      return false;
    }
  }

  /** What is wrong with the index, or null. */
  private static @Nullable String problem(Path root, Path format) throws IOException {
    if (!Files.exists(format) || !FORMAT.equals(Files.readString(format).strip())) {
      return "was written by another version of the platform";
    }
    for (Path index : indexes(root)) {
      try (FSDirectory directory = FSDirectory.open(index);
          CheckIndex checker = new CheckIndex(directory)) {
        checker.setChecksumsOnly(true);
        if (!checker.checkIndex().clean) {
          return "is corrupt (" + index.getFileName() + ")";
        }
      } catch (LockObtainFailedException e) {
        throw new IllegalStateException(
            "The search index at " + root + " is in use by another process: stop it first", e);
      } catch (IOException | RuntimeException e) {
        return "cannot be read (" + index.getFileName() + ": " + e.getMessage() + ")";
      }
    }
    return null;
  }

  private static void delete(Path index) throws IOException {
    try (Stream<Path> paths = Files.walk(index)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
