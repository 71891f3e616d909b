package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A template attached to a method card (a canvas, an interview guide, a consent form). */
@Entity
@Table(name = "method_card_file")
class MethodCardFile extends StoredUpload {

  @Column(name = "card_id")
  private long cardId;

  protected MethodCardFile() {}

  MethodCardFile(long cardId, KnowledgeFiles.StoredFile file) {
    super(file);
    this.cardId = cardId;
  }

  long cardId() {
    return cardId;
  }
}
