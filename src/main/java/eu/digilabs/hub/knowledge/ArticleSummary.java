package eu.digilabs.hub.knowledge;

import java.time.Instant;

/** An article in a list. */
public record ArticleSummary(
    long id,
    String title,
    String summary,
    String kind,
    String language,
    String status,
    int readingMinutes,
    Instant updatedAt) {

  static ArticleSummary of(Article a) {
    return new ArticleSummary(
        a.id(),
        a.title(),
        a.summary(),
        a.kind(),
        a.language(),
        ArticleView.status(a.status()),
        eu.digilabs.hub.shared.text.Markdown.readingMinutes(a.body()),
        a.updatedAt());
  }
}
