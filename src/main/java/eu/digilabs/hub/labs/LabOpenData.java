package eu.digilabs.hub.labs;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The labs as an open dataset, as the list and the API show them: without contact addresses. */
@Component
class LabOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final LabService labs;
  private final Labs store;

  LabOpenData(LabService labs, Labs store) {
    this.labs = labs;
    this.store = store;
  }

  @Override
  public String name() {
    return "labs";
  }

  @Override
  public String rowType() {
    return SCHEMA + "GovernmentOrganization";
  }

  @Override
  public String rowPath() {
    return "/labs/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("name", SCHEMA + "name"),
        Column.text("shortName", SCHEMA + "alternateName"),
        Column.text("description", SCHEMA + "description"),
        Column.of("country", "http://purl.org/dc/terms/spatial", Kind.COUNTRY),
        Column.text("region", SCHEMA + "areaServed"),
        Column.text("level", null),
        Column.of("hostOrganisationId", null, Kind.NUMBER),
        Column.text("hostOrganisation", SCHEMA + "parentOrganization"),
        Column.of("foundedYear", SCHEMA + "foundingDate", Kind.NUMBER),
        Column.of("website", SCHEMA + "url", Kind.URL),
        Column.of("policyAreas", SCHEMA + "knowsAbout", Kind.LIST),
        Column.of("methods", null, Kind.LIST),
        Column.of("languages", SCHEMA + "knowsLanguage", Kind.LIST),
        Column.text("status", null),
        Column.of("lastActivity", null, Kind.TIMESTAMP),
        Column.of("demo", null, Kind.FLAG));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    return Batch.of(labs.listAfter(after, size), after, LabView::id, LabOpenData::row);
  }

  private static List<@Nullable Object> row(LabView lab) {
    return Arrays.asList(
        lab.id(),
        lab.name(),
        lab.shortName(),
        lab.description(),
        lab.country(),
        lab.region(),
        lab.level(),
        lab.hostOrganisationId(),
        lab.hostOrganisationName(),
        lab.foundedYear(),
        lab.website(),
        lab.policyAreas(),
        lab.methods(),
        lab.languages(),
        lab.status(),
        lab.lastActivity(),
        lab.demo());
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return store.revision();
  }
}
