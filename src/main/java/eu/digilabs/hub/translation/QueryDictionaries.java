package eu.digilabs.hub.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Word lists for translating search queries where no translation service serves the pair ({@code
 * hub.translation.dictionaries}): read at start-up, searched in memory, nothing leaves the machine.
 * None configured (the default): queries are translated by services only.
 */
@Component
class QueryDictionaries {

  private static final Logger log = LoggerFactory.getLogger(QueryDictionaries.class);

  /**
   * Settings under {@code hub.translation}.
   *
   * @param dictionaries word lists in Ding's format
   */
  @ConfigurationProperties("hub.translation")
  record Settings(List<File> dictionaries) {

    Settings {
      dictionaries = dictionaries == null ? List.of() : List.copyOf(dictionaries);
    }

    /**
     * One word list.
     *
     * @param path the file, such as {@code /usr/share/trans/de-en} (Debian package {@code
     *     trans-de-en})
     * @param from the language of its left side
     * @param to the language of its right side
     */
    record File(@Nullable Path path, @Nullable String from, @Nullable String to) {}
  }

  private final List<Dictionary> dictionaries;

  QueryDictionaries(Settings settings) {
    List<Dictionary> read = new ArrayList<>();
    for (Settings.File file : settings.dictionaries()) {
      Path path = file.path();
      if (path == null || !Files.isReadable(path)) {
        throw new IllegalStateException(
            "hub.translation.dictionaries: cannot read " + path + " (install trans-de-en?)");
      }
      String from = language(file.from(), "de");
      String to = language(file.to(), "en");
      long start = System.nanoTime();
      try {
        Dictionary dictionary = Dictionary.read(path, from, to);
        log.info(
            "Read {} {}>{} entries from {} in {} ms",
            dictionary.size(),
            from,
            to,
            path,
            (System.nanoTime() - start) / 1_000_000);
        read.add(dictionary);
      } catch (IOException e) {
        throw new UncheckedIOException("hub.translation.dictionaries: " + path, e);
      }
    }
    this.dictionaries = List.copyOf(read);
  }

  private static String language(@Nullable String code, String otherwise) {
    return code == null || code.isBlank() ? otherwise : code.strip().toLowerCase(Locale.ROOT);
  }

  boolean any() {
    return !dictionaries.isEmpty();
  }

  boolean serves(String from, String to) {
    return dictionaries.stream().anyMatch(d -> d.from().equals(from) && d.to().equals(to));
  }

  /** The query word by word in {@code to}; empty when no list serves the pair or knows a word. */
  Optional<Dictionary.Words> translate(String query, String from, String to) {
    for (Dictionary dictionary : dictionaries) {
      if (dictionary.from().equals(from) && dictionary.to().equals(to)) {
        Optional<Dictionary.Words> translated = dictionary.translate(query);
        if (translated.isPresent()) {
          return translated;
        }
      }
    }
    return Optional.empty();
  }
}
