package eu.digilabs.hub.search;

import eu.digilabs.hub.shared.startup.StartupTask;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the missing indexes on the cluster, one node at a time. Hibernate Search would create
 * them while it boots, but nodes booting together then race: both find an index missing, both
 * create it, and the second fails to start. The {@code cluster} profile turns that off ({@code
 * schema_management.strategy=none}) and turns this task on ({@code hub.search.schema-at-start}),
 * which runs under its start-up lock before anything is written, and validates what exists.
 */
@Component
@ConditionalOnProperty(name = "hub.search.schema-at-start", havingValue = "true")
class IndexSchemaAtStart extends StartupTask {

  private final EntityManagerFactory entityManagerFactory;

  IndexSchemaAtStart(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  /** First of all: the first admin and the demo content are indexed as they are written. */
  @Override
  public int getPhase() {
    return ACCOUNTS - 10;
  }

  @Override
  protected boolean beforeServing() {
    return true;
  }

  @Override
  protected void run() {
    Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().createOrValidate();
  }
}
