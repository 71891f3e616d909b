package eu.digilabs.hub.discussions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Posts by item, in the order they were written. */
interface Posts extends JpaRepository<Post, Long> {

  List<Post> findByItemKeyOrderByCreatedAtAscIdAsc(String itemKey);

  List<Post> findByItemKey(String itemKey);

  long countByAuthorIdAndCreatedAtAfter(Long authorId, java.time.Instant after);

  @Modifying
  @Query("update Post p set p.authorId = null where p.authorId = :account")
  int unlinkAuthor(@Param("account") long account);
}
