package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.knowledge.CourseViews.Certificate;
import eu.digilabs.hub.shared.HubProperties;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Certificates print every European name as written and are tagged for screen readers. */
class CertificatePdfTests {

  static final String NAME = "Łukasz Øvergaard Ђорђе";

  CertificatePdf pdf() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new CertificatePdf(messages, new HubProperties(null, "https://hub.example.eu"));
  }

  byte[] certificate(String language) {
    return pdf()
        .of(
            new Certificate(
                "DLH-UNICODE1",
                NAME,
                "Einführung in die Labormethode",
                language,
                Instant.parse("2026-11-29T10:00:00Z")));
  }

  @Test
  void namesInLatinAndCyrillicScriptsPrintAsWrittenInAnEmbeddedFont() throws Exception {
    try (PDDocument document = Loader.loadPDF(certificate("de"))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(NAME, "Einführung in die Labormethode", "DLH-UNICODE1");
      var resources = document.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).contains("DejaVuSans");
      }
    }
  }

  @Test
  void theCertificateIsATaggedPdfInItsLanguageWithATitle() throws Exception {
    try (PDDocument document = Loader.loadPDF(certificate("en"))) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Certificate of completion: Einführung in die Labormethode");
      var tree = catalog.getStructureTreeRoot();
      assertThat(tree).isNotNull();
      assertThat(tree.getParentTree()).isNotNull();
      PDStructureElement root = (PDStructureElement) tree.getKids().get(0);
      assertThat(root.getStructureType()).isEqualTo("Document");
      assertThat(root.getKids())
          .extracting(k -> ((PDStructureElement) k).getStructureType())
          .containsExactly("P", "H1", "P", "P", "P", "P", "P", "P");
      assertThat(document.getPage(0).getStructParents()).isZero();
    }
  }

  @Test
  void charactersWithoutAGlyphAreReplacedInsteadOfFailing() throws Exception {
    CertificatePdf pdf = pdf();
    byte[] bytes = pdf.of(new Certificate("DLH-CJK", "王小明 Anna", "Kurs", "de", Instant.now()));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(new PDFTextStripper().getText(document)).contains("??? Anna");
    }
  }
}
