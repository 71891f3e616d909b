package eu.digilabs.hub.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The German and English message bundles, to check that a message key has a text in both. */
final class MessageBundles {

  private static final Properties GERMAN = load("/messages_de.properties");
  private static final Properties ENGLISH = load("/messages_en.properties");

  private MessageBundles() {}

  static boolean hasText(String key) {
    return !GERMAN.getProperty(key, "").isBlank() && !ENGLISH.getProperty(key, "").isBlank();
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
