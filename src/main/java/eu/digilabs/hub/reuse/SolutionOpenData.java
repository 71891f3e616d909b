package eu.digilabs.hub.reuse;

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

/**
 * Published solutions as an open dataset, as the marketplace lists them, with how widely they are
 * live (counted from the uptakes their reusers made public).
 */
@Component
class SolutionOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final Solutions solutions;
  private final Uptakes uptakes;
  private final SolutionViews views;

  SolutionOpenData(Solutions solutions, Uptakes uptakes, SolutionViews views) {
    this.solutions = solutions;
    this.uptakes = uptakes;
    this.views = views;
  }

  @Override
  public String name() {
    return "solutions";
  }

  @Override
  public String rowType() {
    return SCHEMA + "SoftwareApplication";
  }

  @Override
  public String rowPath() {
    return "/solutions/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE", "TECH");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("name", SCHEMA + "name"),
        Column.text("shortDescription", SCHEMA + "description"),
        Column.text("kind", SCHEMA + "applicationCategory"),
        Column.text("operatingModel", null),
        Column.text("status", SCHEMA + "creativeWorkStatus"),
        Column.text("licence", SCHEMA + "license"),
        Column.of("openSource", null, Kind.FLAG),
        Column.of("maturity", null, Kind.NUMBER),
        Column.of("providerLabId", null, Kind.NUMBER),
        Column.text("provider", SCHEMA + "provider"),
        Column.of("country", "http://purl.org/dc/terms/spatial", Kind.COUNTRY),
        Column.text("region", null),
        Column.text("softwareVersion", SCHEMA + "softwareVersion"),
        Column.of("releaseDate", SCHEMA + "datePublished", Kind.DATE),
        Column.of("statesLive", null, Kind.NUMBER),
        Column.of("countriesLive", null, Kind.NUMBER),
        Column.of("demo", null, Kind.FLAG),
        Column.of("updatedAt", SCHEMA + "dateModified", Kind.TIMESTAMP));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    Specification<Solution> above = (root, query, cb) -> cb.greaterThan(root.get("id"), after);
    List<Solution> found =
        solutions.findBy(
            SolutionSpecifications.published(SolutionFilter.none()).and(above),
            q -> q.sortBy(Sort.by("id")).limit(size).all());
    return Batch.of(views.summaries(found), after, SolutionSummary::id, SolutionOpenData::row);
  }

  private static List<@Nullable Object> row(SolutionSummary s) {
    return Arrays.asList(
        s.id(),
        s.name(),
        s.shortDescription(),
        s.kind(),
        s.operatingModel(),
        s.status(),
        s.licence(),
        s.openSource(),
        s.maturity(),
        s.providerLabId(),
        s.providerName(),
        s.country(),
        s.region(),
        s.softwareVersion(),
        s.releaseDate(),
        s.statesLive(),
        s.countriesLive(),
        s.demo(),
        s.updatedAt());
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return solutions.publishedRevision() + "/" + uptakes.revision();
  }
}
