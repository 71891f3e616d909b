package eu.digilabs.hub.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An article as pages and the API show it. {@code status} is draft, in-review, published or
 * archived; {@code revision} the number of its latest saved version (for readers: the published
 * one); {@code pendingRevision} a version waiting for review while readers see the published text
 * (authors and reviewers only, else null), as are {@code reviewComment}.
 */
public record ArticleView(
    long id,
    String title,
    @Nullable String summary,
    @Nullable String body,
    String kind,
    @Nullable String language,
    @Nullable Long labId,
    String status,
    @Nullable String reviewComment,
    @Nullable LocalDate lastReviewed,
    int revision,
    @Nullable Integer pendingRevision,
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
    @Nullable Instant publishedAt,
    long version) {

  /** The article as its authors and reviewers see it. */
  static ArticleView of(Article a) {
    return of(a, true);
  }

  /** The article; readers who are neither authors nor reviewers see no review state. */
  static ArticleView of(Article a, boolean insider) {
    ArticleVersions versions = a.versions();
    Integer published = versions.publishedRevision();
    int shown = !insider && published != null ? published : versions.revision();
    return new ArticleView(
        a.id(),
        a.title(),
        a.summary(),
        a.body(),
        a.kind(),
        a.language(),
        a.labId(),
        status(a.status()),
        insider ? a.reviewComment() : null,
        versions.lastReviewed(),
        shown,
        insider ? a.pendingRevision() : null,
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
        versions.publishedAt(),
        a.version());
  }

  /** The same article with another version's text: what its authors continue editing. */
  ArticleView withText(RevisionView text) {
    return new ArticleView(
        id,
        text.title(),
        text.summary(),
        text.body(),
        kind,
        language,
        labId,
        status,
        reviewComment,
        lastReviewed,
        revision,
        pendingRevision,
        policyAreas,
        technologies,
        phases,
        projectIds,
        labIds,
        serviceIds,
        authorIds,
        demo,
        createdAt,
        updatedAt,
        publishedAt,
        version);
  }

  static String status(Article.Status status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A newer version waits for review while readers see the published text. */
  public boolean pending() {
    return pendingRevision != null;
  }

  public boolean published() {
    return "published".equals(status);
  }
}
