package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The operator's legal pages (imprint, privacy, accessibility statement) as Markdown, per language:
 * {@code <data-dir>/legal/<page>_<lang>.md} when the operator has written one, else the text the
 * hub ships ({@code legal/<page>_<lang>.md} on the class path). Admins change them through the
 * operations module; everyone reads them here.
 */
@Component
public class LegalPages {

  public static final List<String> PAGES = List.of("imprint", "privacy", "accessibility");

  /** A page's Markdown, whether the operator wrote it, and its version (a hash of the text). */
  public record Text(String page, String lang, String markdown, boolean own, String version) {}

  private final Path folder;
  private final Markdown markdown;

  LegalPages(HubProperties hub, Markdown markdown) {
    this.folder = hub.dataPath().resolve("legal");
    this.markdown = markdown;
  }

  /** Whether the page and language name a legal text. */
  public static boolean known(String page, String lang) {
    return PAGES.contains(page)
        && Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(lang));
  }

  public Text text(String page, String lang) {
    if (!known(page, lang)) {
      throw new NotFound("No legal page " + page + " in " + lang + ".");
    }
    Path own = file(page, lang);
    String text = Files.isRegularFile(own) ? read(own) : shipped(page, lang);
    return new Text(page, lang, text, Files.isRegularFile(own), version(text));
  }

  /** The page as safe HTML, its headings below the page's own {@code h1}. */
  public String html(String page, String lang) {
    return markdown.page(text(page, lang).markdown());
  }

  /** Where the operator's copy of the page lives. */
  public Path file(String page, String lang) {
    return folder.resolve(page + "_" + lang + ".md");
  }

  public static String version(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shipped(String page, String lang) {
    String resource = "/legal/" + page + "_" + lang + ".md";
    try (InputStream in = LegalPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
