package eu.digilabs.hub.search;

import java.util.List;

/**
 * Translates a search query into the index's main languages, so that a German query also finds
 * items written only in English. The translation module provides it when a translation provider is
 * configured; without one the search uses the words as typed.
 */
public interface QueryTranslation {

  /**
   * The query in another language.
   *
   * @param wordByWord translated word by word from a word list (the text names each word's usual
   *     sense), not by a translation service: searched with any of its words when all of them find
   *     nothing
   * @param query what is searched: the text, or a word list's structured query in simple query
   *     syntax with each word's senses as alternatives
   */
  record Translated(String language, String text, boolean wordByWord, String query) {

    /** A translation service's translation of the whole query. */
    public Translated(String language, String text) {
      this(language, text, false, text);
    }
  }

  /**
   * The query in the main languages other than its own, within a short time budget: none when the
   * query's language cannot be told, no provider serves the pair, or the provider fails or is slow.
   */
  List<Translated> translations(String query);
}
