package eu.digilabs.hub.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as pages and the API show it. {@code status} is draft, in-review, published or
 * archived; {@code revision} the number of its latest saved version.
 */
public record ArticleView(
    long id,
    String title,
    String summary,
    String body,
    String kind,
    String language,
    Long labId,
    String status,
    String reviewComment,
    LocalDate lastReviewed,
    int revision,
    List<String> policyAreas,
    List<String> technologies,
    List<String> phases,
    List<Long> projectIds,
    List<Long> labIds,
    List<Long> serviceIds,
    List<Long> authorIds,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    long version) {

  static ArticleView of(Article a) {
    return new ArticleView(
        a.id(),
        a.title(),
        a.summary(),
        a.body(),
        a.kind(),
        a.language(),
        a.labId(),
        status(a.status()),
        a.reviewComment(),
        a.lastReviewed(),
        a.revision(),
        List.copyOf(a.policyAreas()),
        List.copyOf(a.technologies()),
        List.copyOf(a.phases()),
        List.copyOf(a.projectIds()),
        List.copyOf(a.labIds()),
        List.copyOf(a.serviceIds()),
        List.copyOf(a.authorIds()),
        a.demo(),
        a.createdAt(),
        a.updatedAt(),
        a.publishedAt(),
        a.version());
  }

  static String status(Article.Status status) {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public boolean published() {
    return "published".equals(status);
  }
}
