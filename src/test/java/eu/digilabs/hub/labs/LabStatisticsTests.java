package eu.digilabs.hub.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabStatisticsTests {

  static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

  static String bucket(long daysAgo) {
    return LabStatistics.activityBucket(NOW.minus(Duration.ofDays(daysAgo)), NOW);
  }

  @Test
  void labsFallIntoTheBucketOfTheirLastActivity() {
    assertThat(bucket(0)).isEqualTo("month");
    assertThat(bucket(30)).isEqualTo("month");
    assertThat(bucket(31)).isEqualTo("quarter");
    assertThat(bucket(90)).isEqualTo("quarter");
    assertThat(bucket(91)).isEqualTo("year");
    assertThat(bucket(365)).isEqualTo("year");
    assertThat(bucket(366)).isEqualTo("older");
    assertThat(LabStatistics.activityBucket(null, NOW)).isEqualTo("never");
  }
}
