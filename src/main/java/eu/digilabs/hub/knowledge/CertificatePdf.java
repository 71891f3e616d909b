package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.knowledge.CourseViews.Certificate;
import eu.digilabs.hub.web.HubProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A one-page PDF certificate (A4 landscape): name, course, date, and the code with the public
 * address where anyone can check it. Uses the PDF standard fonts, so characters they cannot show
 * are replaced.
 */
@Component
class CertificatePdf {

  private final MessageSource messages;
  private final String baseUrl;

  CertificatePdf(MessageSource messages, HubProperties hub) {
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
  }

  byte[] of(Certificate certificate) {
    Locale locale = Locale.forLanguageTag(certificate.language());
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      PDPage page = new PDPage(a4);
      document.addPage(page);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(t(locale, "courses.certificate.title") + ": " + certificate.courseTitle());
      info.setCreator("Digilabs Hub");
      document.setDocumentInformation(info);
      String date =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(locale)
              .withZone(ZoneId.of("Europe/Berlin"))
              .format(certificate.completedAt());
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float width = a4.getWidth();
        float y = a4.getHeight() - 110;
        y = centred(text, regular, 16, "Digilabs Hub", width, y) - 40;
        y = centred(text, bold, 32, t(locale, "courses.certificate.title"), width, y) - 50;
        y = centred(text, bold, 24, certificate.name(), width, y) - 30;
        y = centred(text, regular, 16, t(locale, "courses.certificate.completed"), width, y) - 30;
        y = centred(text, bold, 20, certificate.courseTitle(), width, y) - 30;
        y = centred(text, regular, 14, date, width, y) - 70;
        y =
            centred(
                    text,
                    regular,
                    11,
                    t(locale, "courses.certificate.code", certificate.code()),
                    width,
                    y)
                - 18;
        centred(
            text,
            regular,
            11,
            t(
                locale,
                "courses.certificate.verify",
                baseUrl + "/certificates/" + certificate.code()),
            width,
            y);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float centred(
      PDPageContentStream stream, PDType1Font font, float size, String line, float width, float y)
      throws IOException {
    String shown = printable(font, line);
    float textWidth = font.getStringWidth(shown) / 1000 * size;
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(Math.max(20, (width - textWidth) / 2), y);
    stream.showText(shown);
    stream.endText();
    return y;
  }

  /** The text with every character the font cannot encode replaced by a question mark. */
  static String printable(PDType1Font font, String text) {
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

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
