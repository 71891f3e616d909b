package eu.digilabs.hub.reuse;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UptakeSteps extends JpaRepository<UptakeStep, Long> {

  List<UptakeStep> findByUptakeIdInOrderByRecordedAtAscIdAsc(Collection<Long> uptakeIds);
}
