package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.AfterCommit;
import eu.digilabs.hub.shared.problems.NotFound;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to articles: listed and downloaded by whoever sees the article, added and removed
 * by those who may change what readers see.
 */
@Service
@Transactional(readOnly = true)
public class ArticleAttachments {

  private final Attachments attachments;
  private final ArticleAccess access;
  private final KnowledgeFiles files;

  ArticleAttachments(Attachments attachments, ArticleAccess access, KnowledgeFiles files) {
    this.attachments = attachments;
    this.access = access;
    this.files = files;
  }

  public List<AttachmentView> attachments(long id) {
    access.visible(id);
    return attachments.findByArticleIdOrderByCreatedAt(id).stream()
        .map(AttachmentView::of)
        .toList();
  }

  /**
   * Attaches a PDF, office document or image, checked by its content (not only its name) and
   * against the size limit; the file is kept under the data directory with a generated name.
   */
  @Transactional
  public AttachmentView attach(long id, @Nullable String fileName, byte @Nullable [] content) {
    access.attachable(id);
    KnowledgeFiles.StoredFile file = files.store(fileName, content);
    return AttachmentView.of(attachments.save(new Attachment(id, file)));
  }

  @Transactional
  public void detach(long id, long attachmentId) {
    access.attachable(id);
    Attachment attachment = attachment(id, attachmentId);
    attachments.delete(attachment);
    attachments.flush();
    if (!attachments.existsByStoredName(attachment.storedName())) {
      AfterCommit.run(() -> files.delete(attachment.storedName()));
    }
  }

  /** The stored file of an attachment with its name and type, for download. */
  public Map.Entry<Path, AttachmentView> attachmentFile(long id, long attachmentId) {
    access.visible(id);
    Attachment attachment = attachment(id, attachmentId);
    Path file =
        files
            .find(attachment.storedName())
            .orElseThrow(
                () -> new NotFound("The file of attachment " + attachmentId + " is gone."));
    return Map.entry(file, AttachmentView.of(attachment));
  }

  private Attachment attachment(long id, long attachmentId) {
    return attachments
        .findById(attachmentId)
        .filter(a -> a.articleId() == id)
        .orElseThrow(() -> new NotFound("No attachment " + attachmentId + "."));
  }
}
