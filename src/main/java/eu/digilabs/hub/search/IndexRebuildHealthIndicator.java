package eu.digilabs.hub.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): out of service while the search index is
 * being rebuilt, so a load balancer sends requests to a node whose index is complete.
 */
@Component
class IndexRebuildHealthIndicator implements HealthIndicator {

  private final Reindexing reindexing;

  IndexRebuildHealthIndicator(Reindexing reindexing) {
    this.reindexing = reindexing;
  }

  @Override
  public Health health() {
    Reindexing.Progress progress = reindexing.progress();
    return progress.running()
        ? Health.outOfService().withDetail("percent", progress.percent()).build()
        : Health.up().build();
  }
}
