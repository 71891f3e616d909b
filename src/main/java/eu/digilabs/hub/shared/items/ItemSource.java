package eu.digilabs.hub.shared.items;

import java.util.Collection;
import java.util.Map;

/**
 * Describes one type's published items (or several types', for vocabularies). Implemented by the
 * module that owns them, read through {@link Items}.
 */
public interface ItemSource {

  /** The key types this source describes, such as {@code project}. */
  Collection<String> types();

  /**
   * The published items among the keys (all of this source's types), keyed by item key; unknown,
   * unpublished or malformed keys are left out. One or a few queries for the whole batch.
   */
  Map<String, ItemRef> published(Collection<String> keys);
}
