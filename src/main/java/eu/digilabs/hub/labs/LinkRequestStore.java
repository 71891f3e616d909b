package eu.digilabs.hub.labs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The table of one module's link requests; the module's repository extends it. */
@NoRepositoryBean
public interface LinkRequestStore<R extends LinkRequest> extends JpaRepository<R, Long> {

  List<R> findByLabIdOrderByCreatedAt(long labId);
}
