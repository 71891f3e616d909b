package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Passage.Source;
import eu.digilabs.hub.search.Embeddings;
import eu.digilabs.hub.shared.text.Markdown;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cuts the sections of one item into passages of about {@value PassageSources#PASSAGE_WORDS} words,
 * numbering them in order; and the text helpers passages are written with (Markdown as sentences).
 */
final class PassageCutter {

  private final String group;
  private Source source;
  private final List<Passage> out;
  private int ordinal;

  PassageCutter(String group, Source source, List<Passage> out) {
    this.group = group;
    this.source = source;
    this.out = out;
  }

  /** Goes on with the item's further sections written as this source says (another language). */
  PassageCutter as(Source written) {
    this.source = written;
    return this;
  }

  PassageCutter section(@Nullable String heading, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    for (String chunk : Embeddings.chunks(text, PassageSources.PASSAGE_WORDS, 50)) {
      if (!chunk.isBlank()) {
        out.add(new Passage(group, source, ordinal++, heading, chunk));
      }
    }
    return this;
  }

  /** Markdown as sentences: list items and table rows end like sentences, markup removed. */
  static @Nullable String markdownText(@Nullable String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\n")) {
      String plain =
          line.strip()
              .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
              .replaceFirst("^([-*+]|\\d+[.)])\\s+", "")
              .replaceAll("^\\|\\s*-[-|\\s:]*$", "")
              .replaceAll("\\s*\\|\\s*", " ")
              .strip();
      plain = Markdown.plain(plain, 20_000);
      if (!plain.isBlank()) {
        text.append(sentence(plain)).append(' ');
      }
    }
    return text.toString().strip();
  }

  /** The text ending like a sentence. */
  static String sentence(String text) {
    String t = text.strip();
    return t.isEmpty() || t.matches(".*[.!?:;…]$") ? t : t + ".";
  }

  static String joined(@Nullable String... parts) {
    return joinedWith(" ", parts);
  }

  static String joinedWith(String separator, @Nullable String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part.strip());
      }
    }
    return String.join(separator, present);
  }
}
