package eu.digilabs.hub.assistant;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Passages extends JpaRepository<Passage, Long> {

  List<Passage> findByGroupKey(String groupKey);

  List<Passage> findBySourceTypeAndSourceIdOrderByOrdinal(String sourceType, long sourceId);

  long countBySourceTypeIn(Collection<String> sourceTypes);
}
