package eu.digilabs.hub.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Labels of vocabulary entries in languages beyond the German and English ones kept in the
 * database: country and language names in every official EU language from the JDK's locale data
 * (CLDR), and the other vocabularies' labels from {@value #FILES}{@code <language>.properties}
 * ({@code vocabulary.code = label}), shipped as data so a language is one more file.
 */
final class TermLabels {

  /** The official languages of the EU, by ISO 639-1 code. */
  static final List<String> EU_LANGUAGES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  static final String FILES = "taxonomy/labels_";

  private final Map<String, Properties> files = new LinkedHashMap<>();

  TermLabels() {
    for (String language : EU_LANGUAGES) {
      try (InputStream in =
          TermLabels.class.getClassLoader().getResourceAsStream(FILES + language + ".properties")) {
        if (in != null) {
          Properties labels = new Properties();
          labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          files.put(language, labels);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The entry's labels in the languages known beyond German and English, by language code. A file's
   * label wins over the JDK's name.
   */
  Map<String, String> of(String vocabulary, String code) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String language : EU_LANGUAGES) {
      if (language.equals("de") || language.equals("en")) {
        continue;
      }
      String name = jdkName(vocabulary, code, language);
      Properties file = files.get(language);
      String given = file == null ? null : file.getProperty(vocabulary + "." + code);
      if (given != null && !given.isBlank()) {
        labels.put(language, given.strip());
      } else if (name != null) {
        labels.put(language, name);
      }
    }
    return labels;
  }

  /** The JDK's name of a country or language, or null when it has none (the code comes back). */
  private static @org.jspecify.annotations.Nullable String jdkName(
      String vocabulary, String code, String language) {
    Locale in = new Locale(language);
    String name;
    if (vocabulary.equals(Vocabulary.COUNTRY.code()) && code.matches("[A-Z]{2}")) {
      name = new Locale("", code).getDisplayCountry(in);
    } else if (vocabulary.equals(Vocabulary.LANGUAGE.code()) && code.matches("[a-z]{2,3}")) {
      name = new Locale(code).getDisplayLanguage(in);
    } else {
      return null;
    }
    if (name.isBlank() || name.equalsIgnoreCase(code)) {
      return null;
    }
    return ARTICLE.matcher(name).replaceFirst("");
  }

  /**
   * The article Irish and Maltese put before a country's name ("an Eastóin", "l-Estonja"): left
   * out, so that the name is the word a reader types and "an" or "in" alone never names a country.
   */
  private static final java.util.regex.Pattern ARTICLE =
      java.util.regex.Pattern.compile("^(?:an |na |(?:il|l|iċ|id|in|ir|is|it|ix|iż)-)");
}
