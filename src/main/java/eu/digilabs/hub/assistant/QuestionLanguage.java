package eu.digilabs.hub.assistant;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language a question is written in, detected by Lingua among the official languages of the EU
 * (all but Maltese, which Lingua does not know); the page's language when the text is too short or
 * too mixed to tell.
 */
@Component
class QuestionLanguage {

  /** Lingua's models are large: one detector, loaded on first use, for every context. */
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

  /** The question's language as an ISO 639-1 code, or the fallback's when Lingua cannot tell. */
  String of(String question, Locale fallback) {
    Language language = Detector.INSTANCE.detectLanguageOf(question);
    if (language == Language.UNKNOWN) {
      return fallback.getLanguage();
    }
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
