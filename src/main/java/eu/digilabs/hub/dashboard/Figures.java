package eu.digilabs.hub.dashboard;

import eu.digilabs.hub.events.EventTotals;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's numbers for one filter, by code (labels are the page's business).
 *
 * @param at when they were counted: the date of the data shown next to every figure
 * @param counts each chart's counts by code, in the order they are drawn
 * @param coverage one row per Themenfeld, with a row per Lebenslage below it
 * @param failureCauseByPhase published failure reports per cause (rows) and phase (columns, {@code
 *     ""}: no phase named)
 */
public record Figures(
    Instant at,
    long projects,
    Map<String, Map<String, Long>> counts,
    List<CoverageRow> coverage,
    Map<String, Map<String, Long>> failureCauseByPhase,
    EventTotals.Totals events) {

  /**
   * The OZG services of one Themenfeld or Lebenslage and how far the marketplace covers them.
   *
   * @param services OZG services in it
   * @param offered of them, covered by at least one published solution
   * @param live of them, covered by a solution live in the German state filtered by, or in at least
   *     one without that filter
   * @param averageStates the average number of states the live ones are live in
   * @param situations a Themenfeld's Lebenslagen (none for a Lebenslage)
   */
  public record CoverageRow(
      long id,
      String name,
      long services,
      long offered,
      long live,
      double averageStates,
      List<CoverageRow> situations) {}
}
