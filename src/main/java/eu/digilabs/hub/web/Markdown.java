package eu.digilabs.hub.web;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns user Markdown into safe HTML. Raw HTML in the source is sanitised away, links get {@code
 * rel=nofollow noopener}, and headings move down two levels so that user content never competes
 * with the page's own {@code h1} and {@code h2}.
 */
@Component
public class Markdown {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.LINKS)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "hr", "code", "dl", "dt", "dd")
                  .allowElements((name, attrs) -> "h3", "h1")
                  .allowElements((name, attrs) -> "h4", "h2")
                  .allowElements((name, attrs) -> "h5", "h3")
                  .allowElements((name, attrs) -> "h6", "h4", "h5")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .requireRelsOnLinks("noopener", "nofollow")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href")
                  .onElements("a")
                  .toFactory());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  /** Safe HTML for the given Markdown; empty for null or blank input. */
  public String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }

  /** Plain text of the Markdown, for summaries and meta descriptions. */
  public static String plain(String markdown, int max) {
    if (markdown == null) {
      return "";
    }
    String text =
        markdown
            .replaceAll("(?m)^#+\\s*", "")
            .replaceAll("[*_`>#\\[\\]]", "")
            .replaceAll("\\((https?://[^)]*)\\)", "")
            .replaceAll("\\s+", " ")
            .trim();
    return shorten(text, max);
  }

  /** Cuts text at a word boundary to at most {@code max} characters, with an ellipsis. */
  public static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text == null ? "" : text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }
}
