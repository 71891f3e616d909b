package eu.digilabs.hub.dashboard;

import eu.digilabs.hub.reuse.ServiceCoverage.Coverage;
import eu.digilabs.hub.taxonomy.Catalogue.SubjectServices;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OZG services of each Themenfeld and of each of its Lebenslagen, counted against the
 * marketplace's coverage: offered for reuse, live in a German state (in the one given, or in any),
 * and in how many states on average.
 */
final class CoverageRows {

  private CoverageRows() {}

  static List<Figures.CoverageRow> of(
      List<SubjectServices> catalogue, Map<Long, Coverage> covered, @Nullable String state) {
    List<Figures.CoverageRow> rows = new ArrayList<>();
    for (SubjectServices subject : catalogue) {
      List<Figures.CoverageRow> situations = new ArrayList<>();
      for (Map.Entry<ServiceView, List<Long>> situation : subject.situations().entrySet()) {
        situations.add(row(situation.getKey(), situation.getValue(), covered, state, List.of()));
      }
      rows.add(row(subject.subject(), subject.services(), covered, state, situations));
    }
    return rows;
  }

  private static Figures.CoverageRow row(
      ServiceView entry,
      Collection<Long> services,
      Map<Long, Coverage> covered,
      @Nullable String state,
      List<Figures.CoverageRow> parts) {
    long offered = 0;
    long live = 0;
    long states = 0;
    for (Long service : services) {
      Coverage coverage = covered.get(service);
      if (coverage == null || !coverage.offered()) {
        continue;
      }
      offered++;
      boolean isLive =
          state == null ? !coverage.liveStates().isEmpty() : coverage.liveStates().contains(state);
      if (isLive) {
        live++;
        states += coverage.liveStates().size();
      }
    }
    return new Figures.CoverageRow(
        entry.id(),
        entry.name(),
        services.size(),
        offered,
        live,
        live == 0 ? 0 : (double) states / live,
        parts);
  }
}
