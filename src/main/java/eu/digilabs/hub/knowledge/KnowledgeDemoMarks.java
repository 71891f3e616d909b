package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks articles and failure reports as demo content (pages show a badge): for loading demo
 * content, admins only.
 */
@Component
public class KnowledgeDemoMarks {

  private final Articles articles;
  private final FailureReports reports;
  private final Rights rights;

  KnowledgeDemoMarks(Articles articles, FailureReports reports, Rights rights) {
    this.articles = articles;
    this.reports = reports;
    this.rights = rights;
  }

  @Transactional
  public void markArticle(long articleId) {
    rights.requireAdmin();
    articles.findById(articleId).orElseThrow(() -> new NotFound("Article " + articleId)).markDemo();
  }

  @Transactional
  public void markFailureReport(long reportId) {
    rights.requireAdmin();
    reports.findById(reportId).orElseThrow(() -> new NotFound("Report " + reportId)).markDemo();
  }
}
