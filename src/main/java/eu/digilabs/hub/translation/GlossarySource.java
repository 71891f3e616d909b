package eu.digilabs.hub.translation;

import java.util.List;

/** Where the translator's glossary comes from; {@link #generation()} changes when it does. */
interface GlossarySource {

  /** The terms, those that take precedence first. */
  List<GlossaryTerms.Entry> entries();

  /** A number that changes whenever the entries do. */
  long generation();

  /** Only the terms the hub ships. */
  static GlossarySource shipped() {
    List<GlossaryTerms.Entry> shipped = GlossaryTerms.shipped();
    return new GlossarySource() {
      @Override
      public List<GlossaryTerms.Entry> entries() {
        return shipped;
      }

      @Override
      public long generation() {
        return 0;
      }
    };
  }
}
