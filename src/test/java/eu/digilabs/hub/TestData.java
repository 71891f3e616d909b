package eu.digilabs.hub;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Files the tests read from the repository's own copy on the classpath: the reference data in
 * {@code src/main/resources/reference-data} and the test corpora in {@code src/test/resources}.
 */
public final class TestData {

  private TestData() {}

  /** A classpath resource as a file, e.g. {@code reference-data/ozg} or {@code ics}. */
  public static Path path(String resource) {
    URL url = TestData.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException("Test data missing on the classpath: " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
