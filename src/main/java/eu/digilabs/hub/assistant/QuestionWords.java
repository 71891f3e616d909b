package eu.digilabs.hub.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words questions are read by, from one file per language ({@value #FILES}): question words,
 * list words, words for projects, labs, solutions, failures, general verbs, plurals and kinds of
 * item. Every language's words count for every question (a German question may say "Labs").
 *
 * @param question words that ask rather than tell
 * @param list words that ask for a list
 * @param project words for projects
 * @param lab words for labs
 * @param solution words for solutions offered for reuse
 * @param qualifier words that make a solution one for reuse ("EfA", "nachnutzbare")
 * @param plural plural forms of those
 * @param failure words that ask what went wrong
 * @param generic verbs too general to carry a topic
 * @param types the kinds of item a word names ({@code methoden} → method, lesson)
 */
record QuestionWords(
    Set<String> question,
    Set<String> list,
    Set<String> project,
    Set<String> lab,
    Set<String> solution,
    Set<String> qualifier,
    Set<String> plural,
    Set<String> failure,
    Set<String> generic,
    Map<String, List<String>> types) {

  /** The word files, {@code %s} standing for the language. */
  static final String FILES = "assistant/words_%s.properties";

  /** The languages there are word files for. */
  static final List<String> LANGUAGES = List.of("de", "en", "fr");

  private static final String TYPE = "type.";

  /** The words of every language's file. */
  static QuestionWords load() {
    List<Properties> files = LANGUAGES.stream().map(QuestionWords::read).toList();
    Map<String, List<String>> types = new HashMap<>();
    for (Properties file : files) {
      for (String key : file.stringPropertyNames()) {
        if (key.startsWith(TYPE)) {
          List<String> kinds = List.of(key.substring(TYPE.length()).split("\\+"));
          words(file.getProperty(key)).forEach(w -> types.put(w, kinds));
        }
      }
    }
    return new QuestionWords(
        union(files, "question"),
        union(files, "list"),
        union(files, "project"),
        union(files, "lab"),
        union(files, "solution"),
        union(files, "qualifier"),
        union(files, "plural"),
        union(files, "failure"),
        union(files, "generic"),
        Map.copyOf(types));
  }

  private static Set<String> union(List<Properties> files, String key) {
    Set<String> all = new HashSet<>();
    files.forEach(file -> all.addAll(words(file.getProperty(key, ""))));
    return Set.copyOf(all);
  }

  private static List<String> words(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
  }

  private static Properties read(String language) {
    String file = FILES.formatted(language);
    Properties words = new Properties();
    try (InputStream in = QuestionWords.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + file);
      }
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
