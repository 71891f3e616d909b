package eu.digilabs.hub.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version of an article, as its history lists it. */
public record RevisionView(
    int number,
    String title,
    @Nullable String summary,
    @Nullable String body,
    @Nullable String author,
    @Nullable String note,
    Instant createdAt) {

  static RevisionView of(ArticleRevision r) {
    return new RevisionView(
        r.number(), r.title(), r.summary(), r.body(), r.authorName(), r.note(), r.createdAt());
  }

  /** Title, summary and text as one Markdown text, for comparing versions. */
  String text() {
    return "# "
        + title
        + "\n\n"
        + (summary == null ? "" : summary + "\n\n")
        + (body == null ? "" : body);
  }
}
