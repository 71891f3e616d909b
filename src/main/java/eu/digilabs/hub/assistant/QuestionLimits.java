package eu.digilabs.hub.assistant;

import eu.digilabs.hub.web.TooManyRequests;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How many questions one person (signed in: their account; otherwise their address) may ask in a
 * minute ({@code hub.assistant.questions-per-minute}). Counted in memory, per node.
 */
@Component
public class QuestionLimits {

  static final long WINDOW_MILLIS = 60_000;

  /** People counted at once; the least recently seen are forgotten first. */
  static final int PEOPLE = 50_000;

  private final AssistantProperties properties;
  private final Map<String, Deque<Long>> asked =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
          return size() > PEOPLE;
        }
      };

  QuestionLimits(AssistantProperties properties) {
    this.properties = properties;
  }

  /** Counts one request by {@code who}, or throws {@link TooManyRequests} when over the limit. */
  public synchronized void count(String who) {
    long now = System.currentTimeMillis();
    Deque<Long> times = asked.computeIfAbsent(who, k -> new ArrayDeque<>());
    while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_MILLIS) {
      times.removeFirst();
    }
    if (times.size() >= properties.questionsPerMinute()) {
      long wait = (WINDOW_MILLIS - (now - times.peekFirst()) + 999) / 1000;
      throw new TooManyRequests(Math.max(1, wait));
    }
    times.addLast(now);
  }
}
