package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published failure reports as an open dataset, as a visitor reads them: an anonymous report names
 * neither its author nor its lab nor its project, whoever asks for the export.
 */
@Component
class FailureReportOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final FailureReports reports;
  private final AccountService accounts;

  FailureReportOpenData(FailureReports reports, AccountService accounts) {
    this.reports = reports;
    this.accounts = accounts;
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
        Column.text("author", SCHEMA + "author"),
        Column.of("createdAt", SCHEMA + "dateCreated", Kind.DATE),
        Column.of("updatedAt", SCHEMA + "dateModified", Kind.TIMESTAMP));
  }

  @Override
  @Transactional(readOnly = true)
  public List<List<@Nullable Object>> rows(int page, int size) {
    List<FailureReport> found =
        reports.findByPublishedTrue(PageRequest.of(page, size, Sort.by("id"))).getContent();
    Map<Long, String> names =
        accounts.names(
            found.stream()
                .filter(r -> !r.anonymous())
                .map(FailureReport::authorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return found.stream()
        .map(r -> FailureReportView.of(r, false, r.anonymous() ? null : names.get(r.authorId())))
        .map(FailureReportOpenData::row)
        .toList();
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
        r.authorName(),
        r.createdAt(),
        r.updatedAt());
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return reports.publishedRevision();
  }
}
