package eu.digilabs.hub.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded, thread-safe maps of recent entries: the least recently used one goes first. */
public final class Recent {

  private Recent() {}

  /** A synchronized map that keeps at most {@code max} entries, forgetting the least recent. */
  public static <K, V> Map<K, V> map(int max) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(Math.min(max, 256), 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
          }
        });
  }
}
