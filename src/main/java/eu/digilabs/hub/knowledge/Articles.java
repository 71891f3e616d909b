package eu.digilabs.hub.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Articles extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

  java.util.List<Article> findByStatusInOrderByUpdatedAtDesc(
      java.util.Collection<Article.Status> statuses);
}
