package eu.digilabs.hub.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the four CSV files of an OZG catalogue export are read from: a folder (an operator's
 * export, an upload) or the classpath (the reference data in the jar, read as streams).
 */
@FunctionalInterface
public interface OzgFiles {

  /** Opens the named file; an {@link IllegalArgumentException} when there is no such file. */
  InputStream open(String name) throws IOException;

  static OzgFiles folder(Path folder) {
    return name -> {
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("The folder " + folder + " has no " + name);
      }
      return Files.newInputStream(file);
    };
  }

  /** Files under a classpath location such as {@code reference-data/ozg}. */
  static OzgFiles classpath(String location) {
    return name -> {
      String resource = location + "/" + name;
      InputStream in = OzgFiles.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalArgumentException("The classpath has no " + resource);
      }
      return in;
    };
  }
}
