package eu.digilabs.hub.events;

import eu.digilabs.hub.shared.ImportReport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads a programme from an iCalendar file: each VEVENT with a start and an end (or duration)
 * becomes a session, its LOCATION the room, its UID the key for importing the file again. Whatever
 * the file holds, the import ends: unreadable files and entries are reported, not fatal, and
 * parsing has a time limit.
 */
@Service
class IcsImport {

  /** Entries one file may bring; the rest are reported as skipped. */
  static final int MAX_ENTRIES = 1000;

  static final Duration TIME_LIMIT = Duration.ofSeconds(20);

  /** One VEVENT as read, with the line it starts on. */
  record Entry(
      long line,
      @Nullable String uid,
      @Nullable String title,
      @Nullable String summary,
      @Nullable String location,
      @Nullable Temporal start,
      @Nullable Temporal end,
      boolean recurring,
      @Nullable String problem) {}

  private final MessageSource messages;

  IcsImport(MessageSource messages) {
    this.messages = messages;
  }

  static {
    // Real calendars bend the standard (Outlook, Notes, lower-case names); read what can be read.
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, true);
  }

  /**
   * The entries of a file. When the whole file cannot be parsed, each VEVENT block is parsed on its
   * own, so one broken entry does not lose the others.
   */
  List<Entry> read(byte[] bytes, String file, ImportReport report, Locale locale) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "ics-import");
              t.setDaemon(true);
              return t;
            });
    Future<List<Entry>> parsing = worker.submit(() -> parse(text, file, report, locale));
    try {
      return parsing.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parsing.cancel(true);
      report.skipped(file, 0, t(locale, "events.import.timeLimit", TIME_LIMIT.toSeconds()));
      return List.of();
    } catch (ExecutionException e) {
      report.skipped(file, 0, t(locale, "events.import.unreadable", reason(e.getCause())));
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } finally {
      worker.shutdownNow();
    }
  }

  private List<Entry> parse(String text, String file, ImportReport report, Locale locale) {
    List<Long> starts = new ArrayList<>();
    List<String> blocks = blocks(text, starts);
    List<Entry> entries = new ArrayList<>();
    Optional<Calendar> whole = build(text);
    if (whole.isPresent()) {
      List<VEvent> found = new ArrayList<>();
      for (CalendarComponent c : whole.get().getComponents()) {
        if (c instanceof VEvent event) {
          found.add(event);
        }
      }
      for (int i = 0; i < found.size(); i++) {
        long line = found.size() == starts.size() ? starts.get(i) : 0;
        entries.add(entry(found.get(i), line));
      }
      if (found.isEmpty()) {
        report.skipped(file, 0, t(locale, "events.import.noEntries"));
      }
      return entries;
    }
    if (blocks.isEmpty()) {
      report.skipped(file, 0, t(locale, "events.import.noEntries"));
      return entries;
    }
    String header = header(text);
    for (int i = 0; i < blocks.size(); i++) {
      Optional<Calendar> single = build(header + blocks.get(i) + "\r\nEND:VCALENDAR\r\n");
      Optional<VEvent> event =
          single.flatMap(
              c ->
                  c.getComponents().stream()
                      .filter(VEvent.class::isInstance)
                      .map(VEvent.class::cast)
                      .findFirst());
      if (event.isPresent()) {
        entries.add(entry(event.get(), starts.get(i)));
      } else {
        entries.add(
            new Entry(
                starts.get(i),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                t(locale, "events.import.brokenEntry")));
      }
    }
    return entries;
  }

  private static Optional<Calendar> build(String text) {
    try {
      return Optional.of(new CalendarBuilder().build(new StringReader(text)));
    } catch (ParserException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The calendar's lines before its first component, with its time zones, for single blocks. */
  private static String header(String text) {
    StringBuilder header =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x\r\n");
    int from = text.indexOf("BEGIN:VTIMEZONE");
    while (from >= 0) {
      int to = text.indexOf("END:VTIMEZONE", from);
      if (to < 0) {
        break;
      }
      header.append(text, from, to + "END:VTIMEZONE".length()).append("\r\n");
      from = text.indexOf("BEGIN:VTIMEZONE", to);
    }
    return header.toString();
  }

  /** The VEVENT blocks of the text, with the line each starts on. */
  private static List<String> blocks(String text, List<Long> starts) {
    List<String> blocks = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    StringBuilder block = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String upper = line.strip().toUpperCase(Locale.ROOT);
      if (upper.equals("BEGIN:VEVENT")) {
        block = new StringBuilder();
        starts.add((long) i + 1);
      }
      if (block != null) {
        block.append(line).append("\r\n");
        if (upper.equals("END:VEVENT")) {
          blocks.add(block.toString());
          block = null;
        }
      }
    }
    return blocks;
  }

  private static Entry entry(VEvent event, long line) {
    String uid = value(event, Property.UID);
    String title = value(event, Property.SUMMARY);
    Temporal start = date(event, Property.DTSTART);
    Temporal end = date(event, Property.DTEND);
    if (end == null && start != null) {
      String duration = value(event, Property.DURATION);
      if (duration != null) {
        try {
          end = start.plus(Duration.parse(duration.strip()));
        } catch (RuntimeException e) {
          end = null;
        }
      }
    }
    return new Entry(
        line,
        uid,
        title,
        value(event, Property.DESCRIPTION),
        value(event, Property.LOCATION),
        start,
        end,
        has(event, Property.RRULE) || has(event, Property.RDATE),
        null);
  }

  private static boolean has(Component component, String property) {
    return component.getProperty(property).isPresent();
  }

  private static @Nullable String value(Component component, String name) {
    Optional<Property> property = component.getProperty(name);
    return property
        .map(Property::getValue)
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .orElse(null);
  }

  private static @Nullable Temporal date(Component component, String name) {
    try {
      Optional<Property> property = component.getProperty(name);
      if (property.isPresent() && property.get() instanceof DateProperty<?> date) {
        return date.getDate();
      }
    } catch (RuntimeException e) {
      // An unreadable date counts as missing; the entry is reported.
    }
    return null;
  }

  /** The instant of an entry's time; floating times are read in the event's zone. */
  static @Nullable Instant instant(Temporal time, ZoneId zone) {
    if (time instanceof Instant instant) {
      return instant;
    }
    if (time instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (time instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (time instanceof LocalDateTime local) {
      return EventTimes.instant(local, zone);
    }
    return null;
  }

  static boolean allDay(@Nullable Temporal time) {
    return time instanceof LocalDate;
  }

  private static String reason(@Nullable Throwable e) {
    return e == null || e.getMessage() == null ? "?" : e.getMessage();
  }

  String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
