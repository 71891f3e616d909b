package eu.digilabs.hub.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectChanges extends JpaRepository<ProjectChange, Long> {

  List<ProjectChange> findByProjectIdOrderByChangedAtDescIdDesc(long projectId);
}
