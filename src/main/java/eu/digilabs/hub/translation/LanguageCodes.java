package eu.digilabs.hub.translation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The hub names languages by ISO 639-1 ({@code de}); Apertium by ISO 639-3 ({@code deu}), some
 * pairs with a variant ({@code eng_US}). The JDK's locale data knows both codes of every language.
 */
final class LanguageCodes {

  /** The 24 official languages of the European Union, which EU services translate among. */
  static final java.util.List<String> EU_OFFICIAL =
      java.util.List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  private static final Map<String, String> BY_THREE_LETTERS = new HashMap<>();

  static {
    for (String two : Locale.getISOLanguages()) {
      try {
        String three = new Locale(two).getISO3Language();
        if (!three.isEmpty()) {
          BY_THREE_LETTERS.putIfAbsent(three, two);
        }
      } catch (MissingResourceException noThreeLetterCode) {
        // a two-letter code without a three-letter one: never a pair's
      }
    }
  }

  private LanguageCodes() {}

  /** Every direction between two official EU languages. */
  static java.util.Set<LanguagePair> euPairs() {
    java.util.Set<LanguagePair> pairs = new java.util.HashSet<>();
    for (String from : EU_OFFICIAL) {
      for (String to : EU_OFFICIAL) {
        if (!from.equals(to)) {
          pairs.add(new LanguagePair(from, to));
        }
      }
    }
    return java.util.Set.copyOf(pairs);
  }

  /** The language's English name ("German"), as services and prompts name it. */
  static String englishName(String twoLetters) {
    return new Locale(twoLetters).getDisplayLanguage(Locale.ENGLISH);
  }

  /** {@code spa} for {@code es}; empty for a code the JDK does not know. */
  static Optional<String> threeLetters(String twoLetters) {
    if (twoLetters.length() != 2) {
      return Optional.empty();
    }
    String three;
    try {
      three = new Locale(twoLetters.toLowerCase(Locale.ROOT)).getISO3Language();
    } catch (MissingResourceException unknown) {
      return Optional.empty();
    }
    return three.isEmpty() || !BY_THREE_LETTERS.containsKey(three)
        ? Optional.empty()
        : Optional.of(three);
  }

  /**
   * {@code es} for {@code spa}; empty for variants ({@code eng_US}, served by the plain pair) and
   * unknown codes.
   */
  static Optional<String> twoLetters(String threeLetters) {
    return Optional.ofNullable(BY_THREE_LETTERS.get(threeLetters.toLowerCase(Locale.ROOT)));
  }
}
