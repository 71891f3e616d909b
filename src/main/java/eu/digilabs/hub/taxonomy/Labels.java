package eu.digilabs.hub.taxonomy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Vocabulary labels in one language, for templates: labels.of(COUNTRY, code). */
public final class Labels {

  private final Taxonomy taxonomy;
  private final Locale locale;

  public Labels(Taxonomy taxonomy, Locale locale) {
    this.taxonomy = taxonomy;
    this.locale = locale;
  }

  public String of(Vocabulary vocabulary, String code) {
    return taxonomy.label(vocabulary, code, locale);
  }

  public String of(Vocabulary vocabulary, Collection<String> codes) {
    return String.join(", ", taxonomy.labels(vocabulary, codes, locale));
  }

  public List<TermView> terms(Vocabulary vocabulary) {
    return taxonomy.terms(vocabulary);
  }

  /** Code to label of the active entries, in display order, for selects and checkbox groups. */
  public Map<String, String> options(Vocabulary vocabulary) {
    Map<String, String> options = new LinkedHashMap<>();
    taxonomy.terms(vocabulary).forEach(t -> options.put(t.code(), t.label(locale)));
    return options;
  }

  public String label(TermView term) {
    return term.label(locale);
  }

  public Locale locale() {
    return locale;
  }
}
