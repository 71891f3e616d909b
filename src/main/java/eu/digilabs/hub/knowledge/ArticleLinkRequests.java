package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleLinkRequests extends JpaRepository<ArticleLinkRequest, Long> {

  List<ArticleLinkRequest> findByLabIdOrderByCreatedAt(long labId);

  boolean existsByArticleIdAndLabIdAndProjectId(long articleId, long labId, Long projectId);

  boolean existsByArticleIdAndLabIdAndProjectIdIsNull(long articleId, long labId);
}
