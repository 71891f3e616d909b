package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The fields of an item a page offers to translate, in page order; empty fields are left out. */
public final class TranslatableFields {

  private final Map<String, Source> fields = new LinkedHashMap<>();
  private final Map<String, String> markdown = new LinkedHashMap<>();

  private final @Nullable Markdown renderer;

  private TranslatableFields(@Nullable Markdown renderer) {
    this.renderer = renderer;
  }

  public static TranslatableFields of() {
    return new TranslatableFields(null);
  }

  /**
   * Fields whose Markdown is rendered with {@code markdown} ({@link #markdown(String, String)}).
   */
  public static TranslatableFields of(Markdown markdown) {
    return new TranslatableFields(markdown);
  }

  /** A plain-text field, such as a title. */
  public TranslatableFields text(String name, @Nullable String text) {
    if (text != null && !text.isBlank()) {
      fields.put(name, new Source(text, false));
    }
    return this;
  }

  /** An HTML field: rendered Markdown, whose markup the provider must keep. */
  public TranslatableFields html(String name, @Nullable String html) {
    if (html != null && !html.isBlank()) {
      fields.put(name, new Source(html, true));
    }
    return this;
  }

  /**
   * A Markdown field: shown and machine-translated as its HTML, corrected by people as Markdown.
   */
  public TranslatableFields markdown(String name, @Nullable String source, @Nullable String html) {
    if (source != null && !source.isBlank() && html != null) {
      fields.put(name, new Source(html, true));
      markdown.put(name, source);
    }
    return this;
  }

  /** A Markdown field rendered as pages render it ({@link #of(Markdown)}). */
  public TranslatableFields markdown(String name, @Nullable String source) {
    Markdown markdown =
        java.util.Objects.requireNonNull(renderer, "TranslatableFields.of(markdown)");
    return markdown(name, source, source == null ? null : markdown.html(source));
  }

  /** The Markdown of the Markdown fields, by name. */
  public Map<String, String> markdownSources() {
    return Collections.unmodifiableMap(markdown);
  }

  public Map<String, Source> map() {
    return Collections.unmodifiableMap(fields);
  }
}
