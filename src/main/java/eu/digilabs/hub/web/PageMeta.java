package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.text.Markdown;
import org.jspecify.annotations.Nullable;

/**
 * What a detail page says about itself to search engines and link previews: its description, its
 * OpenGraph type, its canonical address and its schema.org data (JSON-LD, already safe inside a
 * script element: see {@link JsonLd}). The layout writes them into the page's head.
 */
public record PageMeta(
    @Nullable String description, String type, @Nullable String url, @Nullable String jsonLd) {

  /** At most this many characters of description, as search results show them. */
  static final int DESCRIPTION_LENGTH = 200;

  public PageMeta {
    description = shorten(description);
  }

  /** An item page: OpenGraph type {@code article} for articles, {@code website} otherwise. */
  public static PageMeta of(
      @Nullable String description, String type, String url, JsonLd.Data data) {
    return new PageMeta(description, type, url, data.script());
  }

  /** Whether a page shows its original (no {@code ?translate=}), and so carries its metadata. */
  public static boolean forOriginal(@Nullable String translate) {
    return translate == null || translate.isBlank();
  }

  /** The text without Markdown and HTML, cut at a word; null when nothing is left. */
  static @Nullable String shorten(@Nullable String text) {
    String plain = Markdown.plain(text, DESCRIPTION_LENGTH);
    return plain.isBlank() ? null : plain;
  }
}
