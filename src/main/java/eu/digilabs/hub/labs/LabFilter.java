package eu.digilabs.hub.labs;

import org.jspecify.annotations.Nullable;

/** Filters of the lab list; null or blank means any. */
public record LabFilter(
    @Nullable String q,
    @Nullable String country,
    @Nullable String level,
    @Nullable String policyArea,
    @Nullable String status) {

  public static LabFilter none() {
    return new LabFilter(null, null, null, null, null);
  }
}
