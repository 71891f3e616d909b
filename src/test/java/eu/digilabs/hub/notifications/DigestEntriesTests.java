package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.notifications.DigestEntries.Activity;
import eu.digilabs.hub.notifications.DigestEntries.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestEntriesTests {

  static final Instant T0 = Instant.parse("2026-11-30T07:00:00Z");

  static Activity activity(long id, String item, int minutes) {
    return new Activity(id, item, "CHANGED", item, "/" + item, T0.plusSeconds(60L * minutes));
  }

  static Window window(Map<String, List<Activity>> byTopic) {
    Map<String, List<Activity>> sorted = new HashMap<>();
    byTopic.forEach(
        (topic, list) -> {
          List<Activity> copy = new ArrayList<>(list);
          copy.sort(DigestEntries.NEWEST_FIRST);
          sorted.put(topic, copy);
        });
    return new Window(T0, T0.plusSeconds(86400), sorted);
  }

  @Test
  void theNewestOfEachItemAcrossTopicsComesFirstAndEachItemOnce() {
    Window w =
        window(
            Map.of(
                "lab:1", List.of(activity(1, "project:1", 10), activity(2, "project:2", 30)),
                "country:DE", List.of(activity(3, "project:1", 50), activity(4, "project:3", 20))));
    List<Activity> found = DigestEntries.newest(Set.of("lab:1", "country:DE"), w, T0, 10);
    assertThat(found)
        .extracting(Activity::itemKey)
        .containsExactly("project:1", "project:2", "project:3");
    assertThat(found.get(0).id()).isEqualTo(3);
  }

  @Test
  void itStopsAtTheLimitAndSkipsWhatTheLastDigestHad() {
    List<Activity> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(activity(i, "project:" + i, i));
    }
    Window w = window(Map.of("technology:ai", many));
    assertThat(DigestEntries.newest(Set.of("technology:ai"), w, T0, 21)).hasSize(21);
    List<Activity> recent =
        DigestEntries.newest(Set.of("technology:ai"), w, T0.plusSeconds(60L * 995), 21);
    assertThat(recent).extracting(Activity::id).containsExactly(999L, 998L, 997L, 996L);
    assertThat(DigestEntries.newest(Set.of("lab:9"), w, T0, 21)).isEmpty();
  }
}
