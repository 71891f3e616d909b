package eu.digilabs.hub.assistant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): out of service while the assistant's
 * passages are being rebuilt, when its answers would miss content.
 */
@Component
class PassageRebuildHealthIndicator implements HealthIndicator {

  private final PassageIndex index;

  PassageRebuildHealthIndicator(PassageIndex index) {
    this.index = index;
  }

  @Override
  public Health health() {
    PassageIndex.Progress progress = index.progress();
    return progress.running()
        ? Health.outOfService().withDetail("percent", progress.percent()).build()
        : Health.up().build();
  }
}
