package eu.digilabs.hub.knowledge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MethodCards extends JpaRepository<MethodCard, Long> {

  Optional<MethodCard> findByCode(String code);
}
