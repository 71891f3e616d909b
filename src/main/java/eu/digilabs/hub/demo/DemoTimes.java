package eu.digilabs.hub.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times in the demo data: fixed ({@code 2021-11-14T10:00}), relative to today so that the demo
 * stays upcoming ({@code today+60T10:00}), or relative to the event's start ({@code start+90m}).
 */
final class DemoTimes {

  private static final Pattern FROM_TODAY = Pattern.compile("today\\+(\\d+)T(\\d\\d:\\d\\d)");
  private static final Pattern FROM_START = Pattern.compile("start\\+(\\d+)m");

  private final LocalDate today;
  private final LocalDateTime start;

  private DemoTimes(LocalDate today, LocalDateTime start) {
    this.today = today;
    this.start = start;
  }

  /** Times of an event that starts at the given time, relative to the given today. */
  static DemoTimes of(LocalDate today, String start) {
    LocalDateTime at = fromToday(today, start);
    return new DemoTimes(today, at);
  }

  LocalDateTime start() {
    return start;
  }

  LocalDateTime at(String spec) {
    Matcher fromStart = FROM_START.matcher(spec);
    if (fromStart.matches()) {
      return start.plusMinutes(Long.parseLong(fromStart.group(1)));
    }
    return fromToday(today, spec);
  }

  private static LocalDateTime fromToday(LocalDate today, String spec) {
    Matcher fromToday = FROM_TODAY.matcher(spec);
    if (fromToday.matches()) {
      return today
          .plusDays(Long.parseLong(fromToday.group(1)))
          .atTime(LocalTime.parse(fromToday.group(2)));
    }
    return LocalDateTime.parse(spec);
  }
}
