package eu.digilabs.hub.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each public service is covered by the marketplace: whether a published solution covers
 * it, and in which German states a solution covering it is live, as the reusing labs entered it
 * (public uptakes at the stage live only). Two queries for the whole catalogue.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCoverage {

  /** A service's coverage: offered for reuse, and the states where it is live. */
  public record Coverage(boolean offered, Set<String> liveStates) {}

  private final Solutions solutions;
  private final Uptakes uptakes;

  ServiceCoverage(Solutions solutions, Uptakes uptakes) {
    this.solutions = solutions;
    this.uptakes = uptakes;
  }

  /** The coverage of every service that a published solution covers, by service id. */
  public Map<Long, Coverage> byService() {
    Map<Long, Set<Long>> solutionsOf = new HashMap<>();
    for (Object[] row : solutions.publishedServices()) {
      solutionsOf
          .computeIfAbsent(((Number) row[1]).longValue(), id -> new TreeSet<>())
          .add(((Number) row[0]).longValue());
    }
    Set<Long> offered = new TreeSet<>();
    solutionsOf.values().forEach(offered::addAll);
    Map<Long, Set<String>> statesOf = new HashMap<>();
    List<Uptake> all =
        offered.isEmpty() ? List.of() : uptakes.findBySolutionIdInOrderByDeclaredAt(offered);
    for (Uptake uptake : all) {
      String state = uptake.region();
      if (uptake.isPublic()
          && uptake.stage() == UptakeStage.LIVE
          && "DE".equals(uptake.country())
          && state != null) {
        statesOf.computeIfAbsent(uptake.solutionId(), id -> new TreeSet<>()).add(state);
      }
    }
    Map<Long, Coverage> coverage = new HashMap<>();
    solutionsOf.forEach(
        (service, covering) -> {
          Set<String> states = new TreeSet<>();
          covering.forEach(solution -> states.addAll(statesOf.getOrDefault(solution, Set.of())));
          coverage.put(service, new Coverage(true, states));
        });
    return coverage;
  }
}
