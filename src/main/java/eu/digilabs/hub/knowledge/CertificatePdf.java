package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.knowledge.CourseViews.Certificate;
import eu.digilabs.hub.shared.HubProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A one-page tagged PDF certificate (A4 landscape): name, course, date, and the code with the
 * public address where anyone can check it. DejaVu Sans is embedded (as a subset), so names in any
 * European script print as written; every line is a heading or paragraph of the structure tree, in
 * the certificate's language, so screen readers read it in order.
 */
@Component
class CertificatePdf {

  private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

  private final MessageSource messages;
  private final String baseUrl;

  CertificatePdf(MessageSource messages, HubProperties hub) {
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
  }

  /** Writes the lines of one page, each as a marked structure element (H1 or P). */
  private static final class TaggedPage {
    private final PDPageContentStream stream;
    private final PDStructureElement document;
    private final PDPage page;
    private final COSArray parents = new COSArray();
    private final float width;

    TaggedPage(PDPageContentStream stream, PDStructureElement document, PDPage page) {
      this.stream = stream;
      this.document = document;
      this.page = page;
      this.width = page.getMediaBox().getWidth();
    }

    float line(String type, PDType0Font font, float size, String text, float y) throws IOException {
      int mcid = parents.size();
      PDStructureElement element = new PDStructureElement(type, document);
      element.setPage(page);
      element.appendKid(mcid);
      document.appendKid(element);
      parents.add(element);
      String shown = printable(font, text);
      float textWidth = font.getStringWidth(shown) / 1000 * size;
      stream.beginMarkedContent(COSName.getPDFName(type), mcid);
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(Math.max(20, (width - textWidth) / 2), y);
      stream.showText(shown);
      stream.endText();
      stream.endMarkedContent();
      return y;
    }
  }

  byte[] of(Certificate certificate) {
    Locale locale = Locale.forLanguageTag(certificate.language());
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
      PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      PDPage page = new PDPage(a4);
      document.addPage(page);
      String title = t(locale, "courses.certificate.title") + ": " + certificate.courseTitle();
      PDStructureElement root = describe(document, title, locale);
      page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
      String date =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(locale)
              .withZone(ZoneId.of("Europe/Berlin"))
              .format(certificate.completedAt());
      String p = StandardStructureTypes.P;
      TaggedPage tagged;
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        tagged = new TaggedPage(text, root, page);
        float y = a4.getHeight() - 110;
        y = tagged.line(p, regular, 16, "Digilabs Hub", y) - 40;
        y =
            tagged.line(
                    StandardStructureTypes.H1, bold, 32, t(locale, "courses.certificate.title"), y)
                - 50;
        y = tagged.line(p, bold, 24, certificate.name(), y) - 30;
        y = tagged.line(p, regular, 16, t(locale, "courses.certificate.completed"), y) - 30;
        y = tagged.line(p, bold, 20, certificate.courseTitle(), y) - 30;
        y = tagged.line(p, regular, 14, date, y) - 70;
        String code = t(locale, "courses.certificate.code", certificate.code());
        y = tagged.line(p, regular, 11, code, y) - 18;
        String address = baseUrl + "/certificates/" + certificate.code();
        tagged.line(p, regular, 11, t(locale, "courses.certificate.verify", address), y);
      }
      PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
      parentTree.setNumbers(Map.of(0, new PDParentTreeValue(tagged.parents)));
      PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
      tree.setParentTree(parentTree);
      tree.setParentTreeNextKey(1);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Title, language, "tagged" mark and the structure tree's Document element, under which every
   * line goes.
   */
  private static PDStructureElement describe(PDDocument document, String title, Locale locale) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator("Digilabs Hub");
    document.setDocumentInformation(info);
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(locale.toLanguageTag());
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    PDStructureTreeRoot tree = new PDStructureTreeRoot();
    catalog.setStructureTreeRoot(tree);
    PDStructureElement root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
    tree.appendKid(root);
    return root;
  }

  /**
   * The text with every character the font has no glyph for (scripts outside DejaVu Sans, such as
   * Chinese) replaced by a question mark.
   */
  static String printable(PDType0Font font, String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String ch = new String(Character.toChars(c));
              try {
                font.encode(ch);
                shown.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
              }
            });
    return shown.toString();
  }

  private static byte[] font(String resource) {
    try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
