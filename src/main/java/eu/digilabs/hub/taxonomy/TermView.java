package eu.digilabs.hub.taxonomy;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vocabulary entry as other modules and the API see it.
 *
 * @param labels its labels in further languages (French, and country and language names in every EU
 *     language), by language code
 */
public record TermView(
    String vocabulary,
    String code,
    String labelDe,
    String labelEn,
    boolean active,
    long version,
    Map<String, String> labels) {

  public TermView {
    labels = Map.copyOf(labels);
  }

  /** The label in the locale's language: German, English, a further language, else English. */
  public String label(Locale locale) {
    String language = locale.getLanguage();
    if ("de".equals(language)) {
      return labelDe;
    }
    return "en".equals(language) ? labelEn : labels.getOrDefault(language, labelEn);
  }

  /** Every label the entry has, German and English first: for recognising it in any language. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    names.add(labelDe);
    names.add(labelEn);
    names.addAll(labels.values());
    return names;
  }
}
