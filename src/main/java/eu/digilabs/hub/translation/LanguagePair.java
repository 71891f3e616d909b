package eu.digilabs.hub.translation;

import java.util.Locale;

/** A direction of translation, by ISO 639-1 codes: {@code de} to {@code en}. */
public record LanguagePair(String from, String to) {

  public LanguagePair {
    from = from.toLowerCase(Locale.ROOT);
    to = to.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return from + "|" + to;
  }
}
