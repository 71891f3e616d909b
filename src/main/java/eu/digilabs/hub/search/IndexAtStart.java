package eu.digilabs.hub.search;

import eu.digilabs.hub.shared.startup.StartupTask;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A missing or empty index (a new install, a deleted index folder, data from before search existed)
 * is rebuilt from the database at start, in the background: the platform serves meanwhile.
 * Afterwards the index follows every committed write by itself.
 */
@Component
class IndexAtStart extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(IndexAtStart.class);

  private final EntityManagerFactory entityManagerFactory;
  private final Reindexing reindexing;

  IndexAtStart(EntityManagerFactory entityManagerFactory, Reindexing reindexing) {
    this.entityManagerFactory = entityManagerFactory;
    this.reindexing = reindexing;
  }

  @Override
  public int getPhase() {
    return IMPORTS + 10;
  }

  @Override
  protected void run() {
    var scope = Search.mapping(entityManagerFactory).scope(Object.class);
    long indexed;
    try (var session = entityManagerFactory.createEntityManager()) {
      indexed = Search.session(session).search(scope).where(f -> f.matchAll()).fetchTotalHitCount();
    }
    if (indexed == 0) {
      log.info("The search index is empty: rebuilding it in the background");
      reindexing.rebuild();
    }
  }
}
