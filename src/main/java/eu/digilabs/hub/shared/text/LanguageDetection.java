package eu.digilabs.hub.shared.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a short text (a question, a search query) is written in, detected by Lingua among
 * the official languages of the EU (all but Maltese, which Lingua does not know).
 */
public final class LanguageDetection {

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
    Language language = Detector.INSTANCE.detectLanguageOf(text);
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
  }
}
