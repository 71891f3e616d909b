package eu.digilabs.hub.events;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Feedbacks extends JpaRepository<Feedback, Long> {

  boolean existsBySessionIdAndAccountId(long sessionId, long accountId);

  List<Feedback> findBySessionIdInOrderByCreatedAt(Collection<Long> sessionIds);
}
