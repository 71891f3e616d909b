package eu.digilabs.hub.projects;

/**
 * Filters of the project list, all combinable; null or blank means any. {@code sort} is
 * {@code newest} (default), {@code title} or {@code start}.
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
    String sort) {

  public static ProjectFilter none() {
    return new ProjectFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public ProjectFilter withLab(Long labId) {
    return new ProjectFilter(q, country, level, policyArea, technology, phase, status, service, labId, language, source, reusable, sort);
  }
}
