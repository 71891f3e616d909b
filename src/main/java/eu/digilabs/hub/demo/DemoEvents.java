package eu.digilabs.hub.demo;

import eu.digilabs.hub.events.EventDemoMarks;
import eu.digilabs.hub.events.EventWriting;
import eu.digilabs.hub.events.ProgrammeService;
import eu.digilabs.hub.events.SpeakerService;
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

  private final EventWriting events;
  private final SpeakerService speakers;
  private final ProgrammeService programme;
  private final EventDemoMarks marks;

  DemoEvents(
      EventWriting events,
      SpeakerService speakers,
      ProgrammeService programme,
      EventDemoMarks marks) {
    this.events = events;
    this.speakers = speakers;
    this.programme = programme;
    this.marks = marks;
  }

  void load(List<EventEntry> entries, DemoKeys keys) {
    for (EventEntry entry : entries) {
      DemoTimes times = entry.times(LocalDate.now(ZoneId.of(entry.timeZone())));
      long id = events.create(entry.command(keys, times)).id();
      marks.markDemo(id);
      Map<String, Long> speakerIds = new HashMap<>();
      for (EventEntry.Speaker speaker : entry.speakers()) {
        speakerIds.put(speaker.key(), speakers.addSpeaker(id, speaker.command()).id());
      }
      for (EventEntry.Session session : entry.sessions()) {
        programme.addSession(id, session.command(times, speakerIds));
      }
      events.publish(id);
    }
  }
}
