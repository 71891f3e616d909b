/**
 * The progress dashboard: the OZG catalogue's coverage by the reuse marketplace per Themenfeld,
 * projects by status, technology, country and year, labs by country and activity, events and
 * attendance as totals, failure reports by cause and phase; each figure with its definition, the
 * time of its data and the CSV of exactly the numbers drawn. It reads the other modules through
 * their public services and owns no tables.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "taxonomy",
      "labs",
      "projects",
      "events",
      "knowledge",
      "reuse"
    })
package eu.digilabs.hub.dashboard;

import org.jspecify.annotations.NullMarked;
