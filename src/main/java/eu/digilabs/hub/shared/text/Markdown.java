package eu.digilabs.hub.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns user Markdown into safe HTML. Raw HTML in the source is sanitised away, links get {@code
 * rel=nofollow noopener}, images keep only web addresses (the page's content security policy loads
 * those from the hub itself, such as article attachments), and headings move down two levels so
 * that user content never competes with the page's own {@code h1} and {@code h2}.
 */
@Component
public class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  /** Links (opened without the hub's context) and images over http(s). */
  private static final PolicyFactory LINKS_AND_IMAGES =
      new HtmlPolicyBuilder()
          .allowElements("a")
          .requireRelsOnLinks("noopener", "nofollow")
          .allowStandardUrlProtocols()
          .allowAttributes("href")
          .onElements("a")
          .toFactory()
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("img")
                  .allowUrlProtocols("https", "http")
                  .allowAttributes("src", "alt", "title")
                  .onElements("img")
                  .toFactory());

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
          .and(LINKS_AND_IMAGES);

  /**
   * The same elements as {@link #POLICY} without its heading shift, for HTML that was safe and came
   * back from elsewhere (a machine translation of it). Headings keep the anchors {@link
   * #withAnchors} gave them, so a translated article's table of contents still leads somewhere.
   */
  private static final PolicyFactory AGAIN =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.LINKS)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "hr", "code", "dl", "dt", "dd", "h3", "h4", "h5", "h6")
                  .allowAttributes("id")
                  .matching(Pattern.compile("h-[a-z0-9-]{1,120}"))
                  .onElements("h3", "h4", "h5")
                  .toFactory())
          .and(LINKS_AND_IMAGES);

  /** A heading for a table of contents: its level in the source (1 to 3), text and anchor. */
  public record HeadingLink(int level, String text, String anchor) {}

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  /** Safe HTML for the given Markdown; empty for null or blank input. */
  public String html(@Nullable String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }

  /**
   * HTML that left the hub (for machine translation) made safe again: nothing a service sends back
   * gets past what {@link #html} would allow.
   */
  public String sanitise(String html) {
    return AGAIN.sanitize(html);
  }

  /**
   * Safe HTML whose headings of levels 1 to 3 carry the anchors of {@link #headings}. The anchors
   * are added after sanitising (which drops every attribute on headings), in document order; when
   * raw HTML in the source adds headings of its own, the order cannot be trusted and none are set.
   */
  public String withAnchors(@Nullable String markdown) {
    String html = html(markdown);
    List<HeadingLink> headings = headings(markdown);
    Matcher tags = Pattern.compile("<h([345])>").matcher(html);
    List<int[]> found = new ArrayList<>();
    while (tags.find()) {
      found.add(new int[] {tags.start(), Integer.parseInt(tags.group(1)) - 2});
    }
    if (found.size() != headings.size()) {
      return html;
    }
    StringBuilder anchored = new StringBuilder();
    int from = 0;
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i)[1] != headings.get(i).level()) {
        return html;
      }
      int at = found.get(i)[0] + 3;
      anchored.append(html, from, at).append(" id=\"").append(headings.get(i).anchor()).append('"');
      from = at;
    }
    return anchored.append(html.substring(from)).toString();
  }

  /** The headings of levels 1 to 3, in order, with unique anchors ({@code h-why-labs}). */
  public List<HeadingLink> headings(@Nullable String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return List.of();
    }
    List<HeadingLink> headings = new ArrayList<>();
    collect(parser.parse(markdown), headings);
    return headings;
  }

  private static void collect(Node document, List<HeadingLink> headings) {
    Set<String> used = new HashSet<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() <= 3) {
              String text = text(heading).strip();
              String base = "h-" + slug(text);
              String anchor = base;
              for (int i = 2; !used.add(anchor); i++) {
                anchor = base + "-" + i;
              }
              headings.add(new HeadingLink(heading.getLevel(), text, anchor));
            }
          }
        });
  }

  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text.append(t.getLiteral());
      } else if (child instanceof Code c) {
        text.append(c.getLiteral());
      } else {
        text.append(text(child));
      }
    }
    return text.toString();
  }

  private static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    ascii = ascii.length() > 60 ? ascii.substring(0, 60) : ascii;
    return ascii.isEmpty() ? "section" : ascii;
  }

  /** Minutes a reader needs at about 200 words a minute; at least one. */
  public static int readingMinutes(@Nullable String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return 1;
    }
    int words = markdown.strip().split("\\s+").length;
    return Math.max(1, (words + 199) / 200);
  }

  /**
   * Plain text of the Markdown, for summaries and meta descriptions: HTML tags and link targets
   * left out (a link keeps its text).
   */
  public static String plain(@Nullable String markdown, int max) {
    if (markdown == null) {
      return "";
    }
    String text =
        markdown
            .replaceAll("<[^>]*>", " ")
            .replaceAll("\\]\\((?:[^()]|\\([^()]*\\))*\\)", "]")
            .replaceAll("(?m)^#+\\s*", "")
            .replaceAll("[*_`<>#\\[\\]]", "")
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

  /**
   * Safe HTML for a page of its own (such as the legal pages), whose Markdown headings start right
   * below the page's {@code h1}: {@code #} becomes {@code h2}, {@code ##} {@code h3}, and so on.
   */
  public String page(String markdown) {
    return html(markdown)
        .replace("<h3>", "<h2>")
        .replace("</h3>", "</h2>")
        .replace("<h4>", "<h3>")
        .replace("</h4>", "</h3>")
        .replace("<h5>", "<h4>")
        .replace("</h5>", "</h4>");
  }
}
