package eu.digilabs.hub;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real public datasets in {@code ../shared/data}, read in place and never copied. */
public final class SharedData {

  private SharedData() {}

  public static Path path(String relative) {
    Path path = Path.of("..", "shared", "data").resolve(relative).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          "Test data missing: " + path + " (tests read ../shared/data in place)");
    }
    return path;
  }
}
