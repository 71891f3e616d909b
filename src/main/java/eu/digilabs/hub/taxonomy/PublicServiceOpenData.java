package eu.digilabs.hub.taxonomy;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public-service catalogue as an open dataset: Themenfelder, Lebenslagen, OZG and LeiKa
 * services with their keys, each with its parent and its Themenfeld.
 */
@Component
class PublicServiceOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final PublicServices services;
  private final Catalogue catalogue;

  PublicServiceOpenData(PublicServices services, Catalogue catalogue) {
    this.services = services;
    this.catalogue = catalogue;
  }

  @Override
  public String name() {
    return "public-services";
  }

  @Override
  public String rowType() {
    return SCHEMA + "GovernmentService";
  }

  @Override
  public String rowPath() {
    return "/services/{id}/solutions";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("kind", null),
        Column.text("key", SCHEMA + "identifier"),
        Column.text("name", SCHEMA + "name"),
        Column.text("description", SCHEMA + "description"),
        Column.of("parentId", null, Kind.NUMBER),
        Column.text("subject", SCHEMA + "category"),
        Column.of("withdrawn", null, Kind.FLAG));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    List<PublicService> found =
        services.findByIdGreaterThanOrderById(after, PageRequest.ofSize(size));
    List<ServiceView> views = catalogue.views(found);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      PublicService service = found.get(i);
      ServiceView view = views.get(i);
      rows.add(
          Arrays.asList(
              view.id(),
              view.kind(),
              view.key(),
              view.name(),
              service.description(),
              service.parentId(),
              view.subject(),
              view.withdrawn()));
    }
    long last = found.isEmpty() ? after : found.get(found.size() - 1).id();
    return new Batch(rows, found.stream().map(PublicService::id).toList(), found.size(), last);
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return services.revision();
  }
}
