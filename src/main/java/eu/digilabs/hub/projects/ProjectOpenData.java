package eu.digilabs.hub.projects;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published projects and cases as an open dataset, as the list and the API show them. */
@Component
class ProjectOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final Projects projects;
  private final ProjectViews views;

  ProjectOpenData(Projects projects, ProjectViews views) {
    this.projects = projects;
    this.views = views;
  }

  @Override
  public String name() {
    return "projects";
  }

  @Override
  public String rowType() {
    return SCHEMA + "Project";
  }

  @Override
  public String rowPath() {
    return "/projects/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE", "TECH");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("title", SCHEMA + "name"),
        Column.text("summary", SCHEMA + "description"),
        Column.of("country", "http://purl.org/dc/terms/spatial", Kind.COUNTRY),
        Column.text("level", null),
        Column.text("status", SCHEMA + "creativeWorkStatus"),
        Column.text("phase", SCHEMA + "stage"),
        Column.of("technologies", SCHEMA + "keywords", Kind.LIST),
        Column.of("policyAreas", SCHEMA + "about", Kind.LIST),
        Column.of("leadLabId", null, Kind.NUMBER),
        Column.text("leadLab", SCHEMA + "sourceOrganization"),
        Column.of("startDate", SCHEMA + "startDate", Kind.DATE),
        Column.text("source", "http://purl.org/dc/terms/source"),
        Column.of("demo", null, Kind.FLAG),
        Column.of("updatedAt", SCHEMA + "dateModified", Kind.TIMESTAMP));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    Specification<Project> above = (root, query, cb) -> cb.greaterThan(root.get("id"), after);
    // Ordered by publication (the same for all) and id: so the database reads the batch off the
    // index on both in order, where by id alone H2 reads and sorts every project after the key.
    List<Project> found =
        projects.findBy(
            ProjectSpecifications.published(ProjectFilter.none(), null).and(above),
            q -> q.sortBy(Sort.by("publication", "id")).limit(size).all());
    return Batch.of(views.summaries(found), after, ProjectSummary::id, ProjectOpenData::row);
  }

  private static List<@Nullable Object> row(ProjectSummary p) {
    return Arrays.asList(
        p.id(),
        p.title(),
        p.summary(),
        p.country(),
        p.level(),
        p.status(),
        p.phase(),
        p.technologies(),
        p.policyAreas(),
        p.leadLabId(),
        p.leadLabName(),
        p.startDate(),
        p.sourceName(),
        p.demo(),
        p.updatedAt());
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return projects.publishedRevision();
  }
}
