package eu.digilabs.hub.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymGroups extends JpaRepository<SynonymGroup, Long> {

  List<SynonymGroup> findAllByOrderById();
}
