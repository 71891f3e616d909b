package eu.digilabs.hub.knowledge;

import java.time.Instant;

/** An attachment as pages and the API list it. */
public record AttachmentView(
    long id, long articleId, String fileName, String contentType, long size, Instant createdAt) {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id(), a.articleId(), a.fileName(), a.contentType(), a.size(), a.createdAt());
  }

  public String path() {
    return "/articles/" + articleId + "/attachments/" + id;
  }
}
