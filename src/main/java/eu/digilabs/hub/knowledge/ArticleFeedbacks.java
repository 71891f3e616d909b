package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleFeedbacks extends JpaRepository<ArticleFeedback, Long> {

  boolean existsByArticleIdAndAccountId(long articleId, long accountId);

  List<ArticleFeedback> findByArticleIdOrderByCreatedAtDesc(long articleId);
}
