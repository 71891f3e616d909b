package eu.digilabs.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DemoTimesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void fixedTimesStayWhereTheyAre() {
    DemoTimes times = DemoTimes.of(TODAY, "2021-11-14T10:00");
    assertThat(times.start()).isEqualTo(LocalDateTime.of(2021, 11, 14, 10, 0));
    assertThat(times.at("2021-11-15T14:00")).isEqualTo(LocalDateTime.of(2021, 11, 15, 14, 0));
  }

  @Test
  void relativeStartsFollowToday() {
    DemoTimes times = DemoTimes.of(TODAY, "today+60T10:00");
    assertThat(times.start()).isEqualTo(LocalDateTime.of(2027, 1, 29, 10, 0));
    assertThat(DemoTimes.of(TODAY.plusDays(1), "today+60T10:00").start())
        .isEqualTo(LocalDateTime.of(2027, 1, 30, 10, 0));
  }

  @Test
  void sessionTimesCountFromTheEventsStart() {
    DemoTimes times = DemoTimes.of(TODAY, "today+60T10:00");
    assertThat(times.at("start+0m")).isEqualTo(times.start());
    assertThat(times.at("start+90m")).isEqualTo(LocalDateTime.of(2027, 1, 29, 11, 30));
    assertThat(times.at("start+180m")).isEqualTo(LocalDateTime.of(2027, 1, 29, 13, 0));
  }

  @Test
  void anythingElseIsRefused() {
    assertThatThrownBy(() -> DemoTimes.of(TODAY, "tomorrow"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
