package eu.digilabs.hub.shared.items;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Collects the topic keys of a batch of items, one id at a time, while a source reads them. */
public final class Topics {

  private final Map<Long, Set<String>> byItem = new HashMap<>();

  public void add(long itemId, String type, Object id) {
    byItem.computeIfAbsent(itemId, k -> new LinkedHashSet<>()).add(ItemKeys.of(type, id));
  }

  public void addAll(long itemId, String type, Collection<?> ids) {
    ids.forEach(id -> add(itemId, type, id));
  }

  /** Every value of a link table (see {@link ItemRows#values}) as a topic of its item. */
  public void addAll(String type, Map<Long, Set<String>> values) {
    values.forEach((itemId, codes) -> addAll(itemId, type, codes));
  }

  /**
   * Links to the public-service catalogue as topics, each with the entries above it, so that
   * following an OZG service (or a Themenfeld) follows what is linked to a LeiKa entry below it.
   *
   * @param links service ids per item, as a link table gives them
   * @param withParents each service id with the ids of the entries above it
   */
  public void addServices(
      Map<Long, Set<String>> links, Function<Collection<Long>, Map<Long, Set<Long>>> withParents) {
    Set<Long> services = new HashSet<>();
    links.values().forEach(ids -> ids.forEach(id -> services.add(Long.valueOf(id))));
    if (services.isEmpty()) {
      return;
    }
    Map<Long, Set<Long>> lines = withParents.apply(services);
    links.forEach(
        (itemId, ids) ->
            ids.forEach(
                id -> addAll(itemId, "service", lines.getOrDefault(Long.valueOf(id), Set.of()))));
  }

  public Set<String> of(long itemId) {
    return byItem.getOrDefault(itemId, Set.of());
  }
}
