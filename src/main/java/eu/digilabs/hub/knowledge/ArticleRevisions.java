package eu.digilabs.hub.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRevisions extends JpaRepository<ArticleRevision, Long> {

  List<ArticleRevision> findByArticleIdOrderByNumberDesc(long articleId);

  Optional<ArticleRevision> findByArticleIdAndNumber(long articleId, int number);
}
