package eu.digilabs.hub.events;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an event as an organiser wrote it: known type and way of attending, times that exist in
 * its zone and follow each other, a venue for on-site events, a web address for the stream, known
 * labs and languages. Every problem is reported at once, next to its field.
 */
@Component
class EventCommandCheck {

  private final LabDirectory labs;
  private final Taxonomy taxonomy;

  EventCommandCheck(LabDirectory labs, Taxonomy taxonomy) {
    this.labs = labs;
    this.taxonomy = taxonomy;
  }

  void check(EventCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (EventType.of(c.type()).isEmpty()) {
      problems.add(new FieldProblem("type", "validation.unknownTerm", c.type()));
    }
    Optional<Attendance> mode = Attendance.of(c.mode());
    if (mode.isEmpty()) {
      problems.add(new FieldProblem("mode", "validation.unknownTerm", c.mode()));
    }
    times(c, problems);
    if (mode.map(Attendance::onSite).orElse(false)
        && (c.venueName() == null || c.venueName().isBlank())) {
      problems.add(new FieldProblem("venueName", "events.error.venueRequired"));
    }
    if (c.streamUrl() != null && !c.streamUrl().isBlank() && !WebAddresses.valid(c.streamUrl())) {
      problems.add(new FieldProblem("streamUrl", "events.error.url"));
    }
    labs(c, problems);
    if (c.languages() != null) {
      taxonomy.check(Vocabulary.LANGUAGE, "languages", c.languages(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static void times(EventCommand c, List<FieldProblem> problems) {
    ZoneId zone = EventTimes.zone(c.timeZone());
    if (zone == null) {
      problems.add(new FieldProblem("timeZone", "events.error.zone", c.timeZone()));
    } else {
      gap(problems, "start", c.start(), zone);
      gap(problems, "end", c.end(), zone);
      gap(problems, "registrationOpens", c.registrationOpens(), zone);
      gap(problems, "registrationCloses", c.registrationCloses(), zone);
    }
    if (c.start() != null && c.end() != null && !c.end().isAfter(c.start())) {
      problems.add(new FieldProblem("end", "events.error.endBeforeStart"));
    }
    if (c.registrationOpens() != null
        && c.registrationCloses() != null
        && !c.registrationCloses().isAfter(c.registrationOpens())) {
      problems.add(new FieldProblem("registrationCloses", "events.error.closesBeforeOpens"));
    }
  }

  private void labs(EventCommand c, List<FieldProblem> problems) {
    if (c.labIds() == null || c.labIds().stream().noneMatch(Objects::nonNull)) {
      problems.add(new FieldProblem("labIds", "events.error.labRequired"));
    } else {
      c.labIds().stream()
          .filter(Objects::nonNull)
          .filter(lab -> !labs.exists(lab))
          .forEach(lab -> problems.add(new FieldProblem("labIds", "validation.unknownId", lab)));
    }
  }

  /** A local time the clocks skip in the zone (the spring gap) is reported on its field. */
  static void gap(
      List<FieldProblem> problems, String field, @Nullable LocalDateTime local, ZoneId zone) {
    if (local != null && EventTimes.inGap(local, zone)) {
      problems.add(
          new FieldProblem(field, "events.error.timeGap", local.toLocalTime(), zone.getId()));
    }
  }
}
