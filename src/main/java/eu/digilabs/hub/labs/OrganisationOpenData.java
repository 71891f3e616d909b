package eu.digilabs.hub.labs;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisations as an open dataset, as the API shows them. */
@Component
class OrganisationOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final LabService labs;
  private final Organisations store;

  OrganisationOpenData(LabService labs, Organisations store) {
    this.labs = labs;
    this.store = store;
  }

  @Override
  public String name() {
    return "organisations";
  }

  @Override
  public String rowType() {
    return SCHEMA + "Organization";
  }

  @Override
  public String rowPath() {
    return "/api/v1/organisations/{id}";
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
        Column.text("type", null),
        Column.of("country", "http://purl.org/dc/terms/spatial", Kind.COUNTRY),
        Column.of("website", SCHEMA + "url", Kind.URL),
        Column.of("demo", null, Kind.FLAG));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    return Batch.of(
        store.findByIdGreaterThanOrderById(after, PageRequest.ofSize(size)).stream()
            .map(Organisation::view)
            .toList(),
        after,
        OrganisationView::id,
        o ->
            Arrays.<@Nullable Object>asList(
                o.id(), o.name(), o.type(), o.country(), o.website(), o.demo()));
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return store.revision();
  }
}
