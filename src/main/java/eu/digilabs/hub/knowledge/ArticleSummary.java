package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.text.Markdown;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article in a list. */
public record ArticleSummary(
    long id,
    String title,
    @Nullable String summary,
    String kind,
    @Nullable String language,
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
        Markdown.readingMinutes(a.body()),
        a.updatedAt());
  }
}
