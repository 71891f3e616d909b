package eu.digilabs.hub.demo;

import eu.digilabs.hub.events.EventDemoMarks;
import eu.digilabs.hub.events.EventService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Creates the demo events as an organiser would: the event, its speakers, its programme, then
 * publication. Times relative to today are read in the event's time zone.
 */
@Component
class DemoEvents {

  private final EventService events;
  private final EventDemoMarks marks;

  DemoEvents(EventService events, EventDemoMarks marks) {
    this.events = events;
    this.marks = marks;
  }

  void load(List<EventEntry> entries, DemoKeys keys) {
    for (EventEntry entry : entries) {
      DemoTimes times = entry.times(LocalDate.now(ZoneId.of(entry.timeZone())));
      long id = events.create(entry.command(keys, times)).id();
      marks.markDemo(id);
      Map<String, Long> speakers = new HashMap<>();
      for (EventEntry.Speaker speaker : entry.speakers()) {
        speakers.put(speaker.key(), events.addSpeaker(id, speaker.command()).id());
      }
      for (EventEntry.Session session : entry.sessions()) {
        events.addSession(id, session.command(times, speakers));
      }
      events.publish(id);
    }
  }
}
