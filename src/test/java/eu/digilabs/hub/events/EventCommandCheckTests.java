package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Taxonomy;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link EventCommandCheck} and {@link WebAddresses}: an event as an organiser wrote it. */
class EventCommandCheckTests {

  private static final LocalDateTime START = LocalDateTime.of(2030, 5, 6, 9, 0);

  private final LabService labs = mock(LabService.class);
  private final EventCommandCheck check = new EventCommandCheck(labs, mock(Taxonomy.class));

  @BeforeEach
  void everyLabExists() {
    when(labs.exists(anyLong())).thenReturn(true);
  }

  private List<String> problems(EventFixtures.EventBuilder event) {
    InvalidInput thrown =
        catchThrowableOfType(InvalidInput.class, () -> check.check(event.build()));
    return thrown == null
        ? List.of()
        : thrown.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
  }

  @Test
  void aCompleteEventPasses() {
    assertThatCode(() -> check.check(EventFixtures.event().lab(1L).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void everyProblemIsReportedAtOnceOnItsField() {
    assertThat(
            problems(
                EventFixtures.event()
                    .type("party")
                    .mode("on-site")
                    .venue(" ")
                    .from(START)
                    .to(START)
                    .stream("ftp://example.org/x")))
        .containsExactly(
            "type:validation.unknownTerm",
            "end:events.error.endBeforeStart",
            "venueName:events.error.venueRequired",
            "streamUrl:events.error.url",
            "labIds:events.error.labRequired");
  }

  @Test
  void anUnknownZoneAndAnUnknownLabAreRefused() {
    when(labs.exists(5L)).thenReturn(false);

    assertThat(problems(EventFixtures.event().zone("Mars/Olympus").lab(5L)))
        .containsExactly("timeZone:events.error.zone", "labIds:validation.unknownId");
  }

  @Test
  void aTimeTheClocksSkipIsRefusedWithTheZone() {
    LocalDateTime skipped = LocalDateTime.of(2030, 3, 31, 2, 30);
    InvalidInput thrown =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                check.check(
                    EventFixtures.event().lab(1L).from(skipped).to(skipped.plusHours(3)).build()));

    FieldProblem problem = thrown.problems().get(0);
    assertThat(problem.field()).isEqualTo("start");
    assertThat(problem.code()).isEqualTo("events.error.timeGap");
    assertThat(problem.args()).containsExactly(skipped.toLocalTime(), "Europe/Berlin");
  }

  @Test
  void registrationMustCloseAfterItOpens() {
    assertThat(problems(EventFixtures.event().lab(1L).registration(START, START.minusHours(1))))
        .containsExactly("registrationCloses:events.error.closesBeforeOpens");
  }

  @Test
  void webAddressesAreAbsoluteHttpOrHttpsWithAHost() {
    assertThat(WebAddresses.valid(" https://example.org/live ")).isTrue();
    assertThat(WebAddresses.valid("HTTP://example.org")).isTrue();
    assertThat(WebAddresses.valid("ftp://example.org")).isFalse();
    assertThat(WebAddresses.valid("/relative/path")).isFalse();
    assertThat(WebAddresses.valid("https://")).isFalse();
    assertThat(WebAddresses.valid("https://exa mple.org")).isFalse();
  }
}
