package eu.digilabs.hub.search;

import java.util.List;

/**
 * Translates a search query into the index's main languages, so that a German query also finds
 * items written only in English. The translation module provides it when a translation provider is
 * configured; without one the search uses the words as typed.
 */
public interface QueryTranslation {

  /** The query in another language, machine-translated. */
  record Translated(String language, String text) {}

  /**
   * The query in the main languages other than its own, within a short time budget: none when the
   * query's language cannot be told, no provider serves the pair, or the provider fails or is slow.
   */
  List<Translated> translations(String query);
}
