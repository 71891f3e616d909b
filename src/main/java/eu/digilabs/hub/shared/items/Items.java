package eu.digilabs.hub.shared.items;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every module's published items by key, whatever module owns them. */
@Component
public class Items {

  private final Map<String, ItemSource> sources = new HashMap<>();

  Items(List<ItemSource> sources) {
    for (ItemSource source : sources) {
      for (String type : source.types()) {
        if (this.sources.put(type, source) != null) {
          throw new IllegalStateException("two item sources for " + type);
        }
      }
    }
  }

  /** Whether items of this type exist at all (a key of another type is never followable). */
  public boolean knows(String type) {
    return sources.containsKey(type);
  }

  public Optional<ItemRef> published(String key) {
    return Optional.ofNullable(published(List.of(key)).get(key));
  }

  /** The published items among the keys, in the keys' order; anything else left out. */
  public Map<String, ItemRef> published(Collection<String> keys) {
    Map<ItemSource, List<String>> bySource = new LinkedHashMap<>();
    for (String key : keys) {
      ItemSource source = sources.get(ItemKeys.type(key));
      if (source != null && ItemKeys.valid(key)) {
        bySource.computeIfAbsent(source, s -> new java.util.ArrayList<>()).add(key);
      }
    }
    Map<String, ItemRef> found = new HashMap<>();
    bySource.forEach((source, batch) -> found.putAll(source.published(batch)));
    Map<String, ItemRef> ordered = new LinkedHashMap<>();
    for (String key : keys) {
      ItemRef item = found.get(key);
      if (item != null) {
        ordered.put(key, item);
      }
    }
    return ordered;
  }
}
