package eu.digilabs.hub.events;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events every visitor may see, past and upcoming, as an open dataset. */
@Component
class EventOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final Events events;

  EventOpenData(Events events) {
    this.events = events;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public String rowType() {
    return SCHEMA + "Event";
  }

  @Override
  public String rowPath() {
    return "/events/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE", "EDUC");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("title", SCHEMA + "name"),
        Column.text("type", null),
        Column.text("mode", SCHEMA + "eventAttendanceMode"),
        Column.text("status", SCHEMA + "eventStatus"),
        Column.text("venue", SCHEMA + "location"),
        Column.text("timeZone", null),
        Column.of("startsAt", SCHEMA + "startDate", Kind.DATE),
        Column.of("endsAt", SCHEMA + "endDate", Kind.DATE));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    Instant now = Instant.now();
    return Batch.of(
        events.everyonesEventsAfter(after, PageRequest.ofSize(size)).stream()
            .map(e -> EventSummary.of(e, now))
            .toList(),
        after,
        EventSummary::id,
        e ->
            Arrays.<@Nullable Object>asList(
                e.id(),
                e.title(),
                e.type(),
                e.mode(),
                e.status(),
                e.venueName(),
                e.timeZone(),
                e.startsAt(),
                e.endsAt()));
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return events.revision();
  }
}
