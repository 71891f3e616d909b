package eu.digilabs.hub.knowledge;

/**
 * Knowledge content changed: an article or a failure report ({@code kind} {@code article}, {@code
 * failure-report}, {@code method} or {@code course}, with its id). Search and the assistant's
 * passages follow it.
 */
public record KnowledgeChanged(String kind, long id) {

  public static final String ARTICLE = "article";
  public static final String FAILURE_REPORT = "failure-report";
  public static final String METHOD = "method";
  public static final String COURSE = "course";
}
