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
 * @param coverage one row per Themenfeld
 */
public record Figures(
    Instant at,
    long projects,
    Map<String, Map<String, Long>> counts,
    List<CoverageRow> coverage,
    EventTotals.Totals events) {

  /**
   * The OZG services of one Themenfeld and how far the marketplace covers them.
   *
   * @param services OZG services in the Themenfeld
   * @param offered of them, covered by at least one published solution
   * @param live of them, covered by a solution live in at least one German state
   * @param averageStates the average number of states they are live in, over the live ones
   */
  public record CoverageRow(
      long subjectId,
      String subject,
      long services,
      long offered,
      long live,
      double averageStates) {}
}
