package eu.digilabs.hub.assistant;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Passages extends JpaRepository<Passage, Long> {

  List<Passage> findByGroupKey(String groupKey);

  List<Passage> findBySourceTypeAndSourceIdOrderByOrdinal(String sourceType, long sourceId);

  long countBySourceTypeIn(Collection<String> sourceTypes);

  /** The groups of items of this type whose lab (a project's lead, a solution's provider) it is. */
  @Query("select distinct p.groupKey from Passage p where p.sourceType = :type and p.labId = :lab")
  List<String> groupsOfLab(@Param("type") String sourceType, @Param("lab") long labId);
}
