package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A template attached to a method card (a canvas, an interview guide, a consent form). */
@Entity
@Table(name = "method_card_file")
class MethodCardFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "card_id")
  private long cardId;

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

  protected MethodCardFile() {}

  MethodCardFile(long cardId, String fileName, String storedName, String contentType, long size) {
    this.cardId = cardId;
    this.fileName = fileName;
    this.storedName = storedName;
    this.contentType = contentType;
    this.size = size;
    this.createdAt = Instant.now();
  }

  Long id() {
    return id;
  }

  long cardId() {
    return cardId;
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
}
