package eu.digilabs.hub.projects;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the project list, all combinable; null or blank means any. {@code sort} is {@code
 * newest} (default), {@code title} or {@code start}. {@code service} is a catalogue entry, {@code
 * subject} an OZG Themenfeld: projects linked to any service below it match.
 */
public record ProjectFilter(
    @Nullable String q,
    @Nullable String country,
    @Nullable String level,
    @Nullable String policyArea,
    @Nullable String technology,
    @Nullable String phase,
    @Nullable String status,
    @Nullable Long service,
    @Nullable Long lab,
    @Nullable String language,
    @Nullable String source,
    @Nullable Boolean reusable,
    @Nullable String sort,
    @Nullable Long subject) {

  /** All filters but the OZG Themenfeld. */
  public ProjectFilter(
      @Nullable String q,
      @Nullable String country,
      @Nullable String level,
      @Nullable String policyArea,
      @Nullable String technology,
      @Nullable String phase,
      @Nullable String status,
      @Nullable Long service,
      @Nullable Long lab,
      @Nullable String language,
      @Nullable String source,
      @Nullable Boolean reusable,
      @Nullable String sort) {
    this(
        q,
        country,
        level,
        policyArea,
        technology,
        phase,
        status,
        service,
        lab,
        language,
        source,
        reusable,
        sort,
        null);
  }

  public static ProjectFilter none() {
    return new ProjectFilter(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
