package eu.digilabs.hub.demo;

import eu.digilabs.hub.knowledge.ArticleEditing;
import eu.digilabs.hub.knowledge.ArticleReview;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.KnowledgeDemoMarks;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes and publishes the demo's articles and failure reports, as an author and reviewer would.
 */
@Component
class DemoKnowledge {

  private final ArticleEditing articles;
  private final ArticleReview review;
  private final FailureReportService failures;
  private final KnowledgeDemoMarks marks;

  DemoKnowledge(
      ArticleEditing articles,
      ArticleReview review,
      FailureReportService failures,
      KnowledgeDemoMarks marks) {
    this.articles = articles;
    this.review = review;
    this.failures = failures;
    this.marks = marks;
  }

  void loadArticles(List<ArticleEntry> entries, DemoKeys keys) {
    for (ArticleEntry entry : entries) {
      long id = articles.create(entry.command(keys)).id();
      marks.markArticle(id);
      review.publish(id);
    }
  }

  void loadFailures(List<FailureEntry> entries, DemoKeys keys) {
    for (FailureEntry entry : entries) {
      long id = failures.create(entry.command(keys)).id();
      marks.markFailureReport(id);
      failures.publish(id, true);
    }
  }
}
