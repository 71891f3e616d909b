package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an article; the stored file is named by its content, not by the upload. */
@Entity
@Table(name = "article_attachment")
class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id")
  private long articleId;

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

  protected Attachment() {}

  Attachment(long articleId, String fileName, String storedName, String contentType, long size) {
    this.articleId = articleId;
    this.fileName = fileName;
    this.storedName = storedName;
    this.contentType = contentType;
    this.size = size;
    this.createdAt = Instant.now();
  }

  Long id() {
    return id;
  }

  long articleId() {
    return articleId;
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
