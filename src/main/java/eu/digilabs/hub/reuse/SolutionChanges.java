package eu.digilabs.hub.reuse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolutionChanges extends JpaRepository<SolutionChange, Long> {

  List<SolutionChange> findBySolutionIdOrderByChangedAtDescIdDesc(long solutionId);
}
