package eu.digilabs.hub.search;

import eu.digilabs.hub.shared.startup.StartupTask;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
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

  /**
   * Before serving: readiness reports the rebuild from the first request on, and no write can make
   * an empty index look filled before it is checked.
   */
  @Override
  protected boolean beforeServing() {
    return true;
  }

  @Override
  protected void run() {
    var mapping = Search.mapping(entityManagerFactory);
    long indexed;
    try (var session = entityManagerFactory.createEntityManager()) {
      indexed =
          Search.session(session)
              .search(mapping.scope(Object.class))
              .where(f -> f.matchAll())
              .fetchTotalHitCount();
    }
    if (indexed == 0 && anythingToIndex(mapping.allIndexedEntities())) {
      log.info("The search index is empty: rebuilding it in the background");
      reindexing.rebuild();
    }
  }

  /**
   * Whether the database holds anything the index should find. A new installation has nothing yet
   * (what its first start writes is indexed as it is written), and a rebuild would only race those
   * writes.
   */
  private boolean anythingToIndex(Collection<? extends SearchIndexedEntity<?>> entities) {
    try (var session = entityManagerFactory.createEntityManager()) {
      for (SearchIndexedEntity<?> entity : entities) {
        boolean rows =
            !session
                .createQuery("select 1 from " + entity.jpaName() + " e", Integer.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (rows) {
          return true;
        }
      }
    }
    return false;
  }
}
