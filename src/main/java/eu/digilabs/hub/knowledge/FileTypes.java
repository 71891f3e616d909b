package eu.digilabs.hub.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file really is, judged by its content (magic bytes, and for office files the
 * parts inside the ZIP), and whether its name's extension agrees.
 */
final class FileTypes {

  /** A recognised type: the extension it is stored with and the type it is served as. */
  record Type(String extension, String mediaType) {}

  private FileTypes() {}

  /** The type of the content when it is one the hub keeps and the file name's extension fits. */
  static Optional<Type> of(byte[] bytes, String fileName) {
    String extension = extension(fileName);
    return detect(bytes).filter(type -> fits(type, extension));
  }

  static Optional<Type> detect(byte[] bytes) {
    if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(new Type("pdf", "application/pdf"));
    }
    if (starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return Optional.of(new Type("png", "image/png"));
    }
    if (starts(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(new Type("jpg", "image/jpeg"));
    }
    if (starts(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
        || starts(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(new Type("gif", "image/gif"));
    }
    if (starts(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
      // Legacy Office (OLE2): doc, xls and ppt share the container; the extension tells which.
      return Optional.of(new Type("ole", "application/x-ole-storage"));
    }
    if (starts(bytes, new byte[] {'P', 'K', 3, 4})) {
      return zipped(bytes);
    }
    return Optional.empty();
  }

  /** Office Open XML and OpenDocument files are ZIPs; their parts say which kind. */
  private static Optional<Type> zipped(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
        String name = entry.getName();
        if (name.equals("mimetype")) {
          String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
          return switch (mime) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(new Type("odt", mime));
            case "application/vnd.oasis.opendocument.spreadsheet" ->
                Optional.of(new Type("ods", mime));
            case "application/vnd.oasis.opendocument.presentation" ->
                Optional.of(new Type("odp", mime));
            default -> Optional.empty();
          };
        }
        if (name.startsWith("word/")) {
          return Optional.of(
              new Type(
                  "docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        }
        if (name.startsWith("xl/")) {
          return Optional.of(
              new Type(
                  "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        if (name.startsWith("ppt/")) {
          return Optional.of(
              new Type(
                  "pptx",
                  "application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean fits(Type type, String extension) {
    return switch (type.extension()) {
      case "jpg" -> extension.equals("jpg") || extension.equals("jpeg");
      case "ole" -> extension.equals("doc") || extension.equals("xls") || extension.equals("ppt");
      default -> extension.equals(type.extension());
    };
  }

  /** The media type to serve a stored file as (legacy Office by its extension). */
  static String mediaType(Type type, String fileName) {
    if (!type.extension().equals("ole")) {
      return type.mediaType();
    }
    return switch (extension(fileName)) {
      case "doc" -> "application/msword";
      case "xls" -> "application/vnd.ms-excel";
      default -> "application/vnd.ms-powerpoint";
    };
  }

  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean starts(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
