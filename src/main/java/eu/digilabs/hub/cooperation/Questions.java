package eu.digilabs.hub.cooperation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Questions, newest first, by whether they are answered. */
interface Questions extends JpaRepository<Question, Long> {

  @Query("select q from Question q where q.hidden = false order by q.createdAt desc, q.id desc")
  Page<Question> all(Pageable page);

  @Query(
      "select q from Question q where q.hidden = false and q.acceptedPostId is null"
          + " order by q.createdAt desc, q.id desc")
  Page<Question> open(Pageable page);

  @Query(
      "select q from Question q where q.hidden = false and q.acceptedPostId is not null"
          + " order by q.createdAt desc, q.id desc")
  Page<Question> answered(Pageable page);

  @Query(
      "select q from Question q where q.hidden = false and q.answers = 0"
          + " order by q.createdAt desc, q.id desc")
  Page<Question> unanswered(Pageable page);
}
