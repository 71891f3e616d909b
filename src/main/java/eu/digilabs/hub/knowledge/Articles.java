package eu.digilabs.hub.knowledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Articles extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

  List<Article> findByStatusInOrderByUpdatedAtDesc(Collection<Article.Status> statuses);

  List<Article> findByStatusAndIdGreaterThanOrderById(
      Article.Status status, long after, Pageable page);

  /** Changes with every change of any article: a publication and a withdrawal at once must show. */
  @Query("select concat(count(a), '/', coalesce(sum(a.version), 0)) from Article a")
  String publishedRevision();
}
