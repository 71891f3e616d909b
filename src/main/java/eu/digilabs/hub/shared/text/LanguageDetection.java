package eu.digilabs.hub.shared.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language a short text (a question, a search query) is written in, detected by Lingua among
 * the official languages of the EU (all but Maltese, which Lingua does not know).
 *
 * <p>A sentence of a few words is decided by its words' votes (each word's confidence per language,
 * added up), so that an English question naming a German service ("Which OZG service covers the
 * residents' parking permit (Bewohnerparkausweis)?") stays English: read as a whole, the long
 * German word's character statistics outweigh the short English ones. Too few words to vote, or a
 * long text, are read as a whole.
 */
public final class LanguageDetection {

  /** Fewer words than this are read as a whole: one word's vote would decide alone. */
  static final int MIN_VOTERS = 4;

  /** More words than this are read as a whole: long texts are one language's, and voting costs. */
  static final int MAX_VOTERS = 30;

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Lingua's models are large: one detector, loaded on first use, for every caller. */
  private static final class Detector {
    static final LanguageDetector INSTANCE =
        LanguageDetectorBuilder.fromLanguages(
                Language.BULGARIAN,
                Language.CROATIAN,
                Language.CZECH,
                Language.DANISH,
                Language.DUTCH,
                Language.ENGLISH,
                Language.ESTONIAN,
                Language.FINNISH,
                Language.FRENCH,
                Language.GERMAN,
                Language.GREEK,
                Language.HUNGARIAN,
                Language.IRISH,
                Language.ITALIAN,
                Language.LATVIAN,
                Language.LITHUANIAN,
                Language.POLISH,
                Language.PORTUGUESE,
                Language.ROMANIAN,
                Language.SLOVAK,
                Language.SLOVENE,
                Language.SPANISH,
                Language.SWEDISH)
            .build();
  }

  private LanguageDetection() {}

  /** The text's language as an ISO 639-1 code, empty when Lingua cannot tell. */
  public static Optional<String> of(String text) {
    Language language = byWords(text);
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
  }

  private static Language byWords(String text) {
    List<String> words = NOT_LETTERS.splitAsStream(text).filter(word -> word.length() > 1).toList();
    if (words.size() < MIN_VOTERS || words.size() > MAX_VOTERS) {
      return Detector.INSTANCE.detectLanguageOf(text);
    }
    Map<Language, Double> votes = new EnumMap<>(Language.class);
    for (String word : words) {
      Detector.INSTANCE
          .computeLanguageConfidenceValues(word)
          .forEach((language, confidence) -> votes.merge(language, confidence, Double::sum));
    }
    return votes.entrySet().stream()
        .filter(vote -> vote.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseGet(() -> Detector.INSTANCE.detectLanguageOf(text));
  }
}
