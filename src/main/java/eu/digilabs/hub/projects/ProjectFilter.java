package eu.digilabs.hub.projects;

/**
 * Filters of the project list, all combinable; null or blank means any. {@code sort} is {@code
 * newest} (default), {@code title} or {@code start}. {@code service} is a catalogue entry, {@code
 * subject} an OZG Themenfeld: projects linked to any service below it match.
 */
public record ProjectFilter(
    String q,
    String country,
    String level,
    String policyArea,
    String technology,
    String phase,
    String status,
    Long service,
    Long lab,
    String language,
    String source,
    Boolean reusable,
    String sort,
    Long subject) {

  /** All filters but the OZG Themenfeld. */
  public ProjectFilter(
      String q,
      String country,
      String level,
      String policyArea,
      String technology,
      String phase,
      String status,
      Long service,
      Long lab,
      String language,
      String source,
      Boolean reusable,
      String sort) {
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
