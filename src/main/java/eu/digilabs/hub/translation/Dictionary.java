package eu.digilabs.hub.translation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * A bilingual word list in Ding's text format (Debian's {@code trans-de-en} installs one at {@code
 * /usr/share/trans/de-en}), used to translate search queries word by word where no translation
 * service serves the pair. A line reads {@code Antrag {m}; Gesuch {n} | Anträge {pl} ::
 * application; request | applications}: the entries before the first {@code |} are the headwords
 * and their translations; grammar in braces, notes in brackets and parentheses are left out.
 *
 * <p>Query words are looked up as written, else without their last ending (so "Anträge" finds
 * "Antrag"), phrases of up to three words first. A German compound the list does not hold is split
 * into two known words, with or without a linking "s", "es", "n" or "en" ("Sozialleistungsbetrug":
 * "Sozialleistung" and "Betrug"). Words the list does not know, names for example, stay as they
 * are. Each word is searched as any of its senses, one word among the others (a structured query,
 * as cross-language retrieval with dictionaries does it): one sense per word is too often the wrong
 * one ("Bürger": bourgeois, citizen, ...).
 */
final class Dictionary {

  /** Longer headwords are phrases and examples, not what people type into a search box. */
  private static final int MAX_WORDS = 3;

  /** A query word's translations searched as alternatives, the usual one first. */
  private static final int ALTERNATIVES = 4;

  /**
   * Lines with more forms and examples than this weigh alike (a headword's weight stays below 100).
   */
  private static final int MAX_PARTS = 40;

  /** Compound parts shorter than this are too often accidental ("Amt" in "Samtkissen"). */
  private static final int MIN_PART = 4;

  private static final Pattern NOTES =
      Pattern.compile("\\{[^}]*}|\\[[^]]*]|\\([^)]*\\)|<[^>]*>|/[^/\\s]+/");

  /** Labels of a register or region: historical, colloquial, poetic, Austrian, ... */
  private static final Pattern REGISTER =
      Pattern.compile(
          "\\[(hist|obs|veraltet|archaic|selten|rare|poet|geh|humor|ugs|coll|slang|vulg|pej|iron"
              + "|Ös|Schw|Südtirol|BW|Bayr|Norddt|Süddt|Ostdt|Dt)\\.]");

  /** Any label in brackets: a register, a region, or a subject ("[jur.]", "[comp.]"). */
  private static final Pattern LABEL = Pattern.compile("\\[[^]]*]");

  private static final Pattern PLACEHOLDERS =
      Pattern.compile("\\b(etw|jdm|jdn|jds|jmd|jd|sb|sth)\\.('s)?(?=\\s|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String[] LINKS = {"s", "es", "n", "en"};
  private static final String[] ENDINGS = {"en", "er", "es", "e", "n", "s"};

  private final String from;
  private final String to;
  private final CharArraySet stopWords;

  /** Stemmed headword: its translations, separated by tabs (one string per entry saves memory). */
  private final Map<String, String> entries;

  private Dictionary(String from, String to, Map<String, String> entries) {
    this.from = from;
    this.to = to;
    this.entries = entries;
    this.stopWords = stopWords(from);
  }

  String from() {
    return from;
  }

  String to() {
    return to;
  }

  int size() {
    return entries.size();
  }

  /** Reads a Ding file whose left side is in {@code from} and right side in {@code to}. */
  static Dictionary read(Path file, String from, String to) throws IOException {
    Map<String, Sense> entries = new HashMap<>(1 << 20);
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        add(line, entries);
      }
    }
    return new Dictionary(from, to, compact(entries));
  }

  /** A dictionary of the given lines, for tests. */
  static Dictionary of(List<String> lines, String from, String to) {
    Map<String, Sense> entries = new HashMap<>();
    lines.forEach(line -> add(line, entries));
    return new Dictionary(from, to, compact(entries));
  }

  /**
   * A headword's translations while the list is read: the lines that name it, by weight. The best
   * line's senses and the first sense of the next lines become the word's alternatives ("Antrag":
   * application, request, motion).
   */
  private static final class Sense {
    final List<Integer> weights = new ArrayList<>(2);
    final List<String> senses = new ArrayList<>(2);

    void offer(int lineWeight, String lineSenses) {
      int at = 0;
      while (at < weights.size() && weights.get(at) >= lineWeight) {
        at++;
      }
      if (at < ALTERNATIVES) {
        weights.add(at, lineWeight);
        senses.add(at, lineSenses);
      }
      if (weights.size() > ALTERNATIVES) {
        weights.remove(ALTERNATIVES);
        senses.remove(ALTERNATIVES);
      }
    }

    String alternatives() {
      List<String> all = new ArrayList<>(List.of(senses.get(0).split("\t")));
      for (int line = 1; line < senses.size() && all.size() < ALTERNATIVES; line++) {
        String first = senses.get(line).split("\t")[0];
        if (all.stream().noneMatch(first::equalsIgnoreCase)) {
          all.add(first);
        }
      }
      return String.join("\t", all.subList(0, Math.min(all.size(), ALTERNATIVES)));
    }
  }

  private static Map<String, String> compact(Map<String, Sense> entries) {
    Map<String, String> compact = new HashMap<>(entries.size() * 4 / 3 + 1);
    entries.forEach((key, sense) -> compact.put(key, sense.alternatives()));
    return compact;
  }

  /**
   * Adds a line's entries: its headwords with their translations, and, where both sides have as
   * many, its forms and phrases ("Anträge": "applications", "künstliche Intelligenz": "artificial
   * intelligence") below any headword of the same spelling.
   */
  private static void add(String line, Map<String, Sense> entries) {
    int sides = line.indexOf(" :: ");
    if (line.startsWith("#") || sides < 0) {
      return;
    }
    String[] left = line.substring(0, sides).split(" \\| ");
    String[] right = line.substring(sides + 4).split(" \\| ");
    int parts = left.length == right.length ? left.length : 1;
    int standing =
        (REGISTER.matcher(left[0] + " " + right[0]).find() ? 0 : 1000)
            + (LABEL.matcher(left[0]).find() ? 0 : 1);
    for (int part = 0; part < parts; part++) {
      String side = clean(right[part]);
      List<String> senses = senses(side);
      if (senses.isEmpty()) {
        continue;
      }
      String[] headwords = clean(left[part]).split(";");
      for (int h = 0; h < headwords.length; h++) {
        String clean = clean(headwords[h]);
        if (!clean.isEmpty() && words(clean) <= MAX_WORDS) {
          entries
              .computeIfAbsent(key(clean), k -> new Sense())
              .offer(weight(part, h, standing, parts), String.join("\t", sameFirst(clean, senses)));
        }
      }
    }
  }

  /**
   * How much a line says about a word's usual sense: its headwords (not its forms and examples),
   * the first headword most, lines in standard language (no register or region label) before the
   * rest, then lines of general language before those of a subject ("erkennen": "perceive", not the
   * court's "award"), and among those the line with the most forms and examples, a word's main
   * entry.
   */
  private static int weight(int part, int headword, int standing, int parts) {
    if (part > 0) {
      return 1;
    }
    return standing + (headword == 0 ? 100 : 0) + 2 + parts;
  }

  /**
   * A word both languages write alike ("online", "Chatbot") comes first when the line lists it
   * among the translations, wherever it stands there.
   */
  private static List<String> sameFirst(String headword, List<String> senses) {
    for (String sense : senses) {
      if (sense.equalsIgnoreCase(headword)) {
        List<String> first = new ArrayList<>(senses);
        first.remove(sense);
        first.add(0, sense);
        return first;
      }
    }
    return senses;
  }

  /** The senses of a side short enough to be searched for, in its order. */
  private static List<String> senses(String side) {
    List<String> senses = new ArrayList<>();
    for (String sense : side.split(";")) {
      String clean = clean(sense);
      if (clean.startsWith("to ")) {
        clean = clean.substring(3); // "to apply for": a verb, as a query names it
      }
      if (!clean.isEmpty() && words(clean) <= MAX_WORDS && senses.size() < ALTERNATIVES) {
        senses.add(clean);
      }
    }
    return senses;
  }

  private static String clean(String text) {
    String plain = PLACEHOLDERS.matcher(NOTES.matcher(text).replaceAll(" ")).replaceAll(" ");
    return plain.replaceAll("\\s+", " ").strip();
  }

  private static int words(String text) {
    return text.split(" ").length;
  }

  /** A headword or query phrase as looked up: its words in lower case, umlauts as written. */
  static String key(String phrase) {
    List<String> words = new ArrayList<>();
    var found =
        WORD.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    while (found.find()) {
      words.add(found.group());
    }
    return String.join(" ", words);
  }

  /**
   * A query word or phrase's translations: as written, else with its last word's ending taken off
   * (German plural and case endings, English plural): "Anträgen" finds "Anträge", then "Antrag".
   */
  private @Nullable String lookUp(String phrase) {
    String key = key(phrase);
    String sense = entries.get(key);
    for (int i = 0; sense == null && i < ENDINGS.length; i++) {
      if (key.endsWith(ENDINGS[i]) && key.length() - ENDINGS[i].length() >= MIN_PART) {
        sense = entries.get(key.substring(0, key.length() - ENDINGS[i].length()));
      }
    }
    return sense;
  }

  /**
   * A query word by word in the other language.
   *
   * @param text each word's usual translation, as the reader is told what was searched
   * @param query in simple query syntax, each word's translations as alternatives ({@code
   *     (application | request | motion) Oldenburg}): a structured query, so that a word's many
   *     senses count as one word
   */
  record Words(String text, String query) {}

  /** The query in the other language, word by word; empty when the list knows none of its words. */
  Optional<Words> translate(String query) {
    List<String> words = new ArrayList<>();
    var found = WORD.matcher(Normalizer.normalize(query, Normalizer.Form.NFC));
    while (found.find()) {
      String word = found.group();
      if (!stopWords.contains(word.toLowerCase(Locale.ROOT))) {
        words.add(word);
      }
    }
    List<String> text = new ArrayList<>();
    List<String> structured = new ArrayList<>();
    boolean translated = false;
    for (int i = 0; i < words.size(); ) {
      int taken = 0;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
        String senses = lookUp(String.join(" ", words.subList(i, i + n)));
        if (senses != null) {
          List<String> alternatives = List.of(senses.split("\t"));
          text.add(alternatives.get(0));
          structured.add(group(alternatives));
          taken = n;
        }
      }
      if (taken == 0) {
        List<String> parts = compound(words.get(i).toLowerCase(Locale.ROOT), 2);
        if (parts == null) {
          text.add(words.get(i));
          structured.add(words.get(i));
        } else {
          for (String part : parts) {
            List<String> alternatives = List.of(part.split("\t"));
            text.add(alternatives.get(0));
            structured.add(group(alternatives));
          }
        }
        translated |= parts != null;
        taken = 1;
      } else {
        translated = true;
      }
      i += taken;
    }
    return translated
        ? Optional.of(new Words(String.join(" ", text), String.join(" ", structured)))
        : Optional.empty();
  }

  /** A word's translations in simple query syntax: any of them, each with all its words. */
  private static String group(List<String> alternatives) {
    List<String> each =
        alternatives.stream()
            .map(a -> WORD.matcher(a).results().map(MatchResult::group).toList())
            .filter(w -> !w.isEmpty())
            .map(w -> w.size() == 1 ? w.get(0) : "(" + String.join(" ", w) + ")")
            .distinct()
            .toList();
    return each.size() == 1 ? each.get(0) : "(" + String.join(" | ", each) + ")";
  }

  /**
   * A compound's translation from two known parts, each part's translations tab-separated (the left
   * part may be a compound itself, down to {@code depth} levels), the longest known last part
   * first; null when it does not split.
   */
  private @Nullable List<String> compound(String word, int depth) {
    if (!from.equals("de") || depth == 0) {
      return null;
    }
    for (int split = MIN_PART; split <= word.length() - MIN_PART; split++) {
      String head = lookUp(word.substring(split));
      if (head == null) {
        continue;
      }
      String left = word.substring(0, split);
      String modifier = known(left);
      List<String> modifiers = modifier != null ? List.of(modifier) : compound(left, depth - 1);
      if (modifiers != null) {
        List<String> parts = new ArrayList<>(modifiers);
        parts.add(head);
        return parts;
      }
    }
    return null;
  }

  /**
   * A compound's first part, as written, without its linking letters ("Leistungs-") or with the "e"
   * compounds drop ("Schul-" for "Schule").
   */
  private @Nullable String known(String part) {
    String sense = entries.get(key(part));
    for (int i = 0; sense == null && i < LINKS.length; i++) {
      if (part.endsWith(LINKS[i]) && part.length() - LINKS[i].length() >= MIN_PART) {
        sense = entries.get(key(part.substring(0, part.length() - LINKS[i].length())));
      }
    }
    return sense != null ? sense : entries.get(key(part + "e"));
  }

  private static CharArraySet stopWords(String language) {
    return switch (language) {
      case "de" -> GermanAnalyzer.getDefaultStopSet();
      case "fr" -> FrenchAnalyzer.getDefaultStopSet();
      case "en" -> EnglishAnalyzer.getDefaultStopSet();
      default -> CharArraySet.EMPTY_SET;
    };
  }
}
