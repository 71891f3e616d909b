package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attachments extends JpaRepository<Attachment, Long> {

  List<Attachment> findByArticleIdOrderByCreatedAt(long articleId);

  boolean existsByStoredName(String storedName);
}
