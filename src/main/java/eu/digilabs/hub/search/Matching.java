package eu.digilabs.hub.search;

/** How a query's words must match an item: the steps of the {@link MatchCascade}. */
enum Matching {
  /** Every word, in any of its analyses (with synonyms). */
  ALL,
  /** Every word, longer words one or two letters off. */
  TYPO_TOLERANT,
  /** Any word that is not a stop word. */
  ANY
}
