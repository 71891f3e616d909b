package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file kept under the data directory: the name it came with, the generated name it is
 * stored under, its checked type and size. Articles' attachments and method cards' templates.
 */
@MappedSuperclass
abstract class StoredUpload {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "stored_name")
  private String storedName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  @Column(name = "created_at")
  private Instant createdAt;

  @SuppressWarnings("NullAway.Init") // JPA fills the fields of a loaded row
  protected StoredUpload() {}

  StoredUpload(KnowledgeFiles.StoredFile file) {
    this.fileName = file.name();
    this.storedName = file.stored();
    this.contentType = file.mediaType();
    this.size = file.size();
    this.createdAt = Instant.now();
  }

  @SuppressWarnings("NullAway") // read only of saved rows, which JPA gave an id
  long id() {
    return id;
  }

  String fileName() {
    return fileName;
  }

  String storedName() {
    return storedName;
  }

  String contentType() {
    return contentType;
  }

  long size() {
    return size;
  }

  Instant createdAt() {
    return createdAt;
  }
}
