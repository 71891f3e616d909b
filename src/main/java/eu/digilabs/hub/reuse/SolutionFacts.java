package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.LabActivity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * States what happened to a solution as facts for other modules (ADR 8, ADR 10), inside the
 * transaction of the change: publication, changes of a published solution (with a new version
 * released or the solution retired), withdrawal, and activity of the provider lab.
 */
@Component
class SolutionFacts {

  private final ApplicationEventPublisher events;

  SolutionFacts(ApplicationEventPublisher events) {
    this.events = events;
  }

  void published(Solution solution) {
    events.publishEvent(new SolutionPublished(solution.id()));
    activity(solution);
  }

  /** A change of the solution's fields; facts only once it is public. */
  void changed(Solution solution, @Nullable String versionBefore, boolean retiredBefore) {
    activity(solution);
    if (!solution.published()) {
      return;
    }
    events.publishEvent(new PublishedSolutionChanged(solution.id()));
    String version = solution.softwareVersion();
    if (version != null && !version.equals(versionBefore)) {
      events.publishEvent(new SolutionReleased(solution.id(), version));
    }
    if (solution.retired() && !retiredBefore) {
      events.publishEvent(new SolutionRetired(solution.id()));
    }
  }

  void withdrawn(long solutionId) {
    events.publishEvent(new SolutionWithdrawn(solutionId));
  }

  /** The provider lab's content changed (its page sorts by activity). */
  void activity(Solution solution) {
    Long lab = solution.providerLabId();
    if (lab != null) {
      events.publishEvent(new LabActivity(lab, Instant.now()));
    }
  }
}
