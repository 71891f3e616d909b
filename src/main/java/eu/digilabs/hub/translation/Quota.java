package eu.digilabs.hub.translation;

/** Characters a provider may still translate today. */
interface Quota {

  /**
   * Counts {@code characters} against today's quota if they fit ({@code limit} 0: no limit);
   * returns whether they did.
   */
  boolean reserve(String provider, long characters, long limit);

  /** Characters counted today. */
  long today(String provider);
}
