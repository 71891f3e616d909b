package eu.digilabs.hub.knowledge;

import java.time.Instant;

/** One saved version of an article, as its history lists it. */
public record RevisionView(
    int number,
    String title,
    String summary,
    String body,
    String author,
    String note,
    Instant createdAt) {

  static RevisionView of(ArticleRevision r) {
    return new RevisionView(
        r.number(), r.title(), r.summary(), r.body(), r.authorName(), r.note(), r.createdAt());
  }
}
