package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads are judged by their content, and the name's extension must agree with it. */
class FileTypesTests {

  static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
  static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0};

  static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void aPdfIsKeptAsPdf() {
    assertThat(FileTypes.of(PDF, "Leitfaden.PDF"))
        .contains(new FileTypes.Type("pdf", "application/pdf"));
  }

  @Test
  void anImageUnderAnotherImagesNameIsRefused() {
    assertThat(FileTypes.of(PNG, "photo.jpg")).isEmpty();
    assertThat(FileTypes.of(PNG, "photo.png")).map(FileTypes.Type::mediaType).contains("image/png");
  }

  @Test
  void aJpegMayEndInJpgOrJpeg() {
    assertThat(FileTypes.of(JPEG, "a.jpeg")).isPresent();
    assertThat(FileTypes.of(JPEG, "a.jpg")).isPresent();
    assertThat(FileTypes.of(JPEG, "a.gif")).isEmpty();
  }

  @Test
  void legacyOfficeFilesAreServedByTheirExtension() {
    FileTypes.Type type = FileTypes.of(OLE, "old.xls").orElseThrow();
    assertThat(FileTypes.mediaType(type, "old.xls")).isEqualTo("application/vnd.ms-excel");
    assertThat(FileTypes.mediaType(type, "old.doc")).isEqualTo("application/msword");
    assertThat(FileTypes.of(OLE, "old.exe")).isEmpty();
  }

  @Test
  void officeDocumentsAreKnownByTheirParts() throws IOException {
    assertThat(FileTypes.of(zip("word/document.xml", "<w/>"), "brief.docx"))
        .map(FileTypes.Type::extension)
        .contains("docx");
    assertThat(
            FileTypes.of(zip("mimetype", "application/vnd.oasis.opendocument.text"), "brief.odt"))
        .map(FileTypes.Type::mediaType)
        .contains("application/vnd.oasis.opendocument.text");
    assertThat(FileTypes.of(zip("word/document.xml", "<w/>"), "brief.xlsx")).isEmpty();
  }

  @Test
  void otherContentIsRefused() throws IOException {
    assertThat(FileTypes.detect("<script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileTypes.detect(zip("payload.exe", "MZ"))).isEmpty();
    assertThat(FileTypes.detect(new byte[] {'P', 'K', 3, 4, 0})).isEmpty();
    assertThat(FileTypes.detect(new byte[0])).isEmpty();
  }

  @Test
  void theExtensionIsTheLowerCasedEndOfTheName() {
    assertThat(FileTypes.extension("Report.Final.DOCX")).isEqualTo("docx");
    assertThat(FileTypes.extension("README")).isEmpty();
    assertThat(FileTypes.extension(null)).isEmpty();
  }
}
