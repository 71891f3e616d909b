package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.FailureReportView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Failure reports as translation sees them: title and the four accounts of what happened. */
@Component
class FailureReportTranslation implements TranslatableContent {

  private final FailureReportService reports;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  FailureReportTranslation(FailureReportService reports, Markdown markdown, JdbcClient jdbc) {
    this.reports = reports;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "failure-report";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(reports.get(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql("select id from failure_report where published = true order by id")
        .query(Long.class)
        .list();
  }

  TranslatableItem item(FailureReportView report) {
    return new TranslatableItem(
        kind(),
        report.id(),
        report.version(),
        report.language(),
        report.published(),
        reports.mayEdit(report.id()),
        report.title(),
        "/failure-reports/" + report.id(),
        () ->
            TranslatableFields.of(markdown)
                .text("title", report.title())
                .markdown("tried", report.tried())
                .markdown("wentWrong", report.wentWrong())
                .markdown("differently", report.differently())
                .markdown("lessons", report.lessons()));
  }
}
