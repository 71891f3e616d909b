package eu.digilabs.hub.accounts;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@value #MIN_CHARACTERS} characters, at most {@value
 * #MAX_BYTES} bytes in UTF-8 (bcrypt ignores or refuses the rest), and hard to guess by zxcvbn's
 * estimate (score {@value #MIN_SCORE} of 0..4, with the person's email and name counted as known
 * words).
 */
@Component
class PasswordRules {

  static final int MIN_CHARACTERS = 12;
  static final int MAX_BYTES = 72;
  static final int MIN_SCORE = 3;

  /** The languages zxcvbn4j bundles its advice in, besides English. */
  static final Set<String> ADVICE_LANGUAGES = Set.of("de", "fr", "es", "it", "nl", "pt", "ja");

  private final Zxcvbn zxcvbn = new Zxcvbn();

  /**
   * Refuses a password that breaks a rule, as a field error in the current request's language.
   *
   * @param personal the email, display name and other words an attacker may know about the person
   */
  void check(String field, String password, String... personal) {
    if (password == null || password.length() < MIN_CHARACTERS) {
      throw new InvalidInput(field, "accounts.passwordTooShort", MIN_CHARACTERS);
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new InvalidInput(field, "accounts.passwordTooLong", MAX_BYTES);
    }
    Strength strength = zxcvbn.measure(password, words(personal));
    if (strength.getScore() < MIN_SCORE) {
      throw new InvalidInput(
          field, "accounts.passwordWeak", advice(strength.getFeedback(), locale()));
    }
  }

  /** zxcvbn's warning and suggestions in the page's language (it bundles de, en, fr and more). */
  private static String advice(Feedback feedback, Locale locale) {
    List<String> parts = new ArrayList<>();
    String warning = feedback.getWarning(locale);
    if (warning != null && !warning.isBlank()) {
      parts.add(warning);
    }
    parts.addAll(feedback.getSuggestions(locale));
    return String.join(" ", parts);
  }

  /**
   * The page's language when zxcvbn has its advice in it, else English (never the JVM's default
   * locale, which a missing language would fall back to).
   */
  private static Locale locale() {
    String language = LocaleContextHolder.getLocale().getLanguage();
    return ADVICE_LANGUAGES.contains(language) ? new Locale(language) : Locale.ENGLISH;
  }

  /** The personal inputs and their parts (the email's local part and domain, each name). */
  private static List<String> words(String... personal) {
    List<String> words = new ArrayList<>();
    Arrays.stream(personal)
        .filter(Objects::nonNull)
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .forEach(
            s -> {
              words.add(s);
              Arrays.stream(s.split("[^\\p{L}\\p{N}]+"))
                  .filter(w -> w.length() > 2)
                  .forEach(words::add);
            });
    return words;
  }
}
