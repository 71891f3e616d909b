package eu.digilabs.hub.reuse;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the solution list, all combinable; null or blank means any. {@code licence} is a
 * licence family code ({@code copyleft}, {@code permissive} ...) or {@code open-source}; {@code
 * service} a catalogue entry; {@code lab} the provider lab.
 */
public record SolutionFilter(
    @Nullable String q,
    @Nullable String kind,
    @Nullable String operatingModel,
    @Nullable String licence,
    @Nullable Integer maturity,
    @Nullable String status,
    @Nullable String country,
    @Nullable String region,
    @Nullable String policyArea,
    @Nullable String technology,
    @Nullable Long service,
    @Nullable Long lab) {

  /** Published solutions whose name or short description holds the words. */
  public static SolutionFilter words(String q) {
    return new SolutionFilter(q, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static SolutionFilter none() {
    return new SolutionFilter(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
