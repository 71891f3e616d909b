package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Uploaded files of articles and method cards: a PDF, office document or image, checked by its
 * content (not only its name) and against the size limit, kept under the data directory with a
 * generated name.
 */
@Component
class KnowledgeFiles {

  private final Uploads uploads;
  private final KnowledgeProperties limits;

  KnowledgeFiles(Uploads uploads, KnowledgeProperties limits) {
    this.uploads = uploads;
    this.limits = limits;
  }

  /** A checked and stored upload: its clean name, stored name, type and size. */
  record StoredFile(String name, String stored, String mediaType, long size) {}

  /**
   * Checks an upload by content and size and stores it (removed again if the transaction fails).
   */
  StoredFile store(@Nullable String fileName, byte @Nullable [] content) {
    String name = cleanName(fileName);
    if (content == null || content.length == 0) {
      throw new InvalidInput("file", "articles.error.noFile");
    }
    if (content.length > limits.maxAttachmentSize().toBytes()) {
      throw new InvalidInput(
          "file", "articles.error.tooLarge", limits.maxAttachmentSize().toMegabytes());
    }
    FileTypes.Type type =
        FileTypes.of(content, name)
            .orElseThrow(() -> new InvalidInput("file", "articles.error.fileType"));
    String extension =
        type.extension().equals("ole") ? FileTypes.extension(name) : type.extension();
    String stored = uploads.storeForTransaction(content, extension);
    return new StoredFile(name, stored, FileTypes.mediaType(type, name), content.length);
  }

  /** The stored file behind a name, for downloads. */
  Optional<Path> find(String stored) {
    return uploads.find(stored);
  }

  /** Removes a stored file. */
  void delete(String stored) {
    uploads.delete(stored);
  }

  /** The file's own name without any folder, control characters or quotes, at most 200 long. */
  static String cleanName(@Nullable String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
