package eu.digilabs.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A file attached to an article; the stored file is named by its content, not by the upload. */
@Entity
@Table(name = "article_attachment")
class Attachment extends StoredUpload {

  @Column(name = "article_id")
  private long articleId;

  protected Attachment() {}

  Attachment(long articleId, KnowledgeFiles.StoredFile file) {
    super(file);
    this.articleId = articleId;
  }

  long articleId() {
    return articleId;
  }
}
