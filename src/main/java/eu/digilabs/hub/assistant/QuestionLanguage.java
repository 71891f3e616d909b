package eu.digilabs.hub.assistant;

import eu.digilabs.hub.shared.text.LanguageDetection;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language a question is written in, detected among the official languages of the EU ({@link
 * LanguageDetection}); the page's language when the text is too short or too mixed to tell.
 */
@Component
class QuestionLanguage {

  /** The question's language as an ISO 639-1 code, or the fallback's when it cannot be told. */
  String of(String question, Locale fallback) {
    return LanguageDetection.of(question).orElse(fallback.getLanguage());
  }
}
