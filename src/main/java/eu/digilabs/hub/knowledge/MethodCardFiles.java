package eu.digilabs.hub.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MethodCardFiles extends JpaRepository<MethodCardFile, Long> {

  List<MethodCardFile> findByCardIdOrderById(long cardId);
}
