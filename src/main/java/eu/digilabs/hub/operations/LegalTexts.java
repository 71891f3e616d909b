package eu.digilabs.hub.operations;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.web.LegalPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Service;

/**
 * Admins write the legal pages: the text goes to {@code <data-dir>/legal/<page>_<lang>.md} (so a
 * backup takes it along), replacing the shipped default. A save names the version it started from;
 * when the page changed meanwhile, it is refused as a conflict.
 */
@Service
public class LegalTexts {

  /** The longest text a legal page may have, in characters. */
  static final int MAX_LENGTH = 100_000;

  private final LegalPages pages;
  private final Rights rights;

  LegalTexts(LegalPages pages, Rights rights) {
    this.pages = pages;
    this.rights = rights;
  }

  /** The page's text for editing; admins only. */
  public LegalPages.Text text(String page, String lang) {
    rights.requireAdmin();
    return pages.text(page, lang);
  }

  /** Saves the page's Markdown if it is still at {@code version}; admins only. */
  public LegalPages.Text save(String page, String lang, String markdown, String version) {
    rights.requireAdmin();
    if (!LegalPages.known(page, lang)) {
      throw new NotFound("No legal page " + page + " in " + lang + ".");
    }
    String text = markdown == null ? "" : markdown.replace("\r\n", "\n").strip();
    if (text.isEmpty()) {
      throw new InvalidInput("markdown", "legal.error.blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInput("markdown", "legal.error.long", MAX_LENGTH);
    }
    synchronized (this) {
      if (!pages.text(page, lang).version().equals(version)) {
        throw new Conflict("The legal page " + page + " changed meanwhile.");
      }
      write(pages.file(page, lang), text + "\n");
    }
    return pages.text(page, lang);
  }

  /** Written completely to a temporary file first, so readers never see half a page. */
  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "legal", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
