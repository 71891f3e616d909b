package eu.digilabs.hub.taxonomy;

import java.util.Locale;

/** A vocabulary entry as other modules and the API see it. */
public record TermView(
    String vocabulary, String code, String labelDe, String labelEn, boolean active, long version) {

  public String label(Locale locale) {
    return "de".equals(locale.getLanguage()) ? labelDe : labelEn;
  }
}
