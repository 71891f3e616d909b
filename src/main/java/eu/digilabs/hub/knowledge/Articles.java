package eu.digilabs.hub.knowledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Articles extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

  List<Article> findByStatusInOrderByUpdatedAtDesc(Collection<Article.Status> statuses);
}
