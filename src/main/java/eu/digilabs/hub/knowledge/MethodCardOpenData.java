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
 * The method cards as an open dataset: one row per card and language it is written in, each named
 * by its code, as its page is ({@code /methods/user-interviews}).
 */
@Component
class MethodCardOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final MethodCards cards;

  MethodCardOpenData(MethodCards cards) {
    this.cards = cards;
  }

  @Override
  public String name() {
    return "method-cards";
  }

  @Override
  public String rowType() {
    return SCHEMA + "HowTo";
  }

  @Override
  public String rowPath() {
    return "/methods/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE", "EDUC");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        new Column("code", SCHEMA + "identifier", Kind.ID),
        Column.of("number", null, Kind.NUMBER),
        Column.text("language", SCHEMA + "inLanguage"),
        Column.text("title", SCHEMA + "name"),
        Column.text("what", SCHEMA + "description"),
        Column.text("why", null),
        Column.text("steps", SCHEMA + "step"),
        Column.text("considerations", null),
        Column.text("phase", null),
        Column.of("minutes", null, Kind.NUMBER),
        Column.of("peopleMin", null, Kind.NUMBER),
        Column.of("peopleMax", null, Kind.NUMBER),
        Column.of("projectIds", null, Kind.LIST));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    return Batch.expanded(
        cards.findByIdGreaterThanOrderById(after, PageRequest.ofSize(size)),
        after,
        MethodCard::id,
        card ->
            card.texts().keySet().stream()
                .sorted()
                .map(language -> row(MethodView.of(card, language))));
  }

  private static List<@Nullable Object> row(MethodView card) {
    return Arrays.asList(
        card.code(),
        card.id(),
        card.language(),
        card.title(),
        card.what(),
        card.why(),
        card.steps(),
        card.considerations(),
        card.phase(),
        card.minutes(),
        card.peopleMin(),
        card.peopleMax(),
        card.projectIds());
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return cards.revision();
  }
}
