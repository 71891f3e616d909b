package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published failure reports as an open dataset, as a visitor reads them: an anonymous report names
 * neither its lab nor its project, whoever asks for the export; no report names a person (the bulk
 * files are copied far beyond the hub, and an account's name may change or be erased).
 */
@Component
class FailureReportOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final FailureReports reports;

  FailureReportOpenData(FailureReports reports) {
    this.reports = reports;
  }

  @Override
  public String name() {
    return "failure-reports";
  }

  @Override
  public String rowType() {
    return SCHEMA + "Report";
  }

  @Override
  public String rowPath() {
    return "/failure-reports/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("title", SCHEMA + "name"),
        Column.text("tried", SCHEMA + "description"),
        Column.text("wentWrong", null),
        Column.of("causes", SCHEMA + "keywords", Kind.LIST),
        Column.text("differently", null),
        Column.text("lessons", null),
        Column.text("phase", null),
        Column.of("projectId", null, Kind.NUMBER),
        Column.of("labId", null, Kind.NUMBER),
        Column.of("serviceId", null, Kind.NUMBER),
        Column.text("language", SCHEMA + "inLanguage"),
        Column.of("anonymous", null, Kind.FLAG),
        Column.of("createdAt", SCHEMA + "dateCreated", Kind.DATE),
        Column.of("updatedAt", SCHEMA + "dateModified", Kind.TIMESTAMP));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    List<FailureReportView> found =
        reports
            .findByPublishedTrueAndIdGreaterThanOrderById(after, PageRequest.ofSize(size))
            .stream()
            .map(r -> FailureReportView.of(r, false, null))
            .toList();
    return Batch.of(found, after, FailureReportView::id, FailureReportOpenData::row);
  }

  private static List<@Nullable Object> row(FailureReportView r) {
    return Arrays.asList(
        r.id(),
        r.title(),
        r.tried(),
        r.wentWrong(),
        r.causes(),
        r.differently(),
        r.lessons(),
        r.phase(),
        r.projectId(),
        r.labId(),
        r.serviceId(),
        r.language(),
        r.anonymous(),
        r.createdAt(),
        r.updatedAt());
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return reports.publishedRevision();
  }
}
