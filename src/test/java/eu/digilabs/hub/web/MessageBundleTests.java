package eu.digilabs.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every interface language is complete: each bundle has every key the German one has and no other,
 * a text wherever German has one, and the same placeholders in patterns MessageFormat can read.
 */
class MessageBundleTests {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @Test
  void theLanguagesAreTheBundlesGermanAndEnglishFirst() {
    assertThat(Languages.codes()).startsWith("de", "en").contains("fr");
    assertThat(Languages.supported(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(Languages.supported(Locale.forLanguageTag("pl"))).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void everyBundleHasEveryGermanKeyWithTheSamePlaceholders() throws IOException {
    Properties german = load("de");
    List<String> problems = new ArrayList<>();
    for (String code : Languages.codes()) {
      Properties bundle = load(code);
      Set<String> missing = new TreeSet<>(german.stringPropertyNames());
      missing.removeAll(bundle.stringPropertyNames());
      missing.forEach(key -> problems.add(code + ": missing " + key));
      Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
      extra.removeAll(german.stringPropertyNames());
      extra.forEach(key -> problems.add(code + ": not in German " + key));
      for (String key : german.stringPropertyNames()) {
        String text = bundle.getProperty(key);
        String reference = german.getProperty(key);
        if (text == null) {
          continue;
        }
        if (text.isBlank() && !reference.isBlank()) {
          problems.add(code + ": empty " + key);
        }
        if (!arguments(text).equals(arguments(reference))) {
          problems.add(code + ": other placeholders in " + key);
        }
        if (!arguments(text).isEmpty()) {
          try {
            new MessageFormat(text, Locale.forLanguageTag(code));
          } catch (IllegalArgumentException e) {
            problems.add(code + ": unreadable pattern " + key);
          }
          if (text.contains("'") && !text.contains("''")) {
            problems.add(code + ": a single ' swallows text in " + key + " (write ’ or '')");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher argument = ARGUMENT.matcher(text);
    while (argument.find()) {
      found.add(argument.group(1));
    }
    return found;
  }

  private static Properties load(String code) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundleTests.class.getResourceAsStream("/messages_" + code + ".properties")) {
      assertThat(in).as("bundle " + code).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
