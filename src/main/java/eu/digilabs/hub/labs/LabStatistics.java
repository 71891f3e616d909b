package eu.digilabs.hub.labs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lab directory in figures: labs per country and by their last activity. One query each. */
@Service
@Transactional(readOnly = true)
public class LabStatistics {

  /** The activity buckets, from the most recent. */
  public static final List<String> ACTIVITY = List.of("month", "quarter", "year", "older", "never");

  private final Labs labs;

  LabStatistics(Labs labs) {
    this.labs = labs;
  }

  /** Active labs per country code. */
  public Map<String, Long> activeByCountry() {
    Map<String, Long> counts = new HashMap<>();
    labs.countActiveByCountry().forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * Labs by when they were last active, content of theirs published or changed: {@code month}
   * (within 30 days), {@code quarter} (31 to 90 days), {@code year} (91 to 365 days), {@code
   * older}, {@code never}; every key present.
   */
  public Map<String, Long> byActivity(Instant now) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ACTIVITY.forEach(bucket -> counts.put(bucket, 0L));
    for (Instant active : labs.lastActivities()) {
      counts.merge(activityBucket(active, now), 1L, Long::sum);
    }
    return counts;
  }

  static String activityBucket(@Nullable Instant active, Instant now) {
    if (active == null) {
      return "never";
    }
    long days = Duration.between(active, now).toDays();
    return days <= 30 ? "month" : days <= 90 ? "quarter" : days <= 365 ? "year" : "older";
  }
}
