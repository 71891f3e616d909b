package eu.digilabs.hub.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words in which imported cases are classified at their source ("Implemented", "In production",
 * "Natural language processing") and the hub's vocabulary codes they were mapped to ({@code
 * import/values.properties}): the importer maps with them, and the assistant reads a question's
 * words against them, so "implemented" means the status the cases record.
 */
public final class CaseVocabulary {

  static final String VALUES = "/import/values.properties";

  private static final Properties LOADED = load();

  private CaseVocabulary() {}

  /** The mapping as the importer reads it: {@code field.Source word = code}. */
  static Properties values() {
    Properties copy = new Properties();
    copy.putAll(LOADED);
    return copy;
  }

  /** The source words of one field ({@code status}, {@code technology}, ...) and their codes. */
  public static Map<String, String> sourceWords(String field) {
    Map<String, String> words = new LinkedHashMap<>();
    LOADED.stringPropertyNames().stream()
        .filter(key -> key.startsWith(field + "."))
        .sorted()
        .forEach(key -> words.put(key.substring(field.length() + 1), LOADED.getProperty(key)));
    return words;
  }

  private static Properties load() {
    Properties values = new Properties();
    try (InputStream in = CaseVocabulary.class.getResourceAsStream(VALUES)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + VALUES);
      }
      values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
