package eu.digilabs.hub.translation;

import java.util.List;
import java.util.Set;

/**
 * A machine translation service. Implementations speak one service's protocol and nothing else:
 * timeouts, quotas, retries and the choice among providers are the caller's ({@link
 * GuardedProvider}, {@link Translator}).
 */
public interface TranslationProvider {

  /** How the hub names this provider to people: "Apertium", "DeepL". */
  String name();

  /** The directions it serves now (a provider may ask its service). */
  Set<LanguagePair> pairs();

  /**
   * Translates each text; the answer has one text per text given, in the same order.
   *
   * @param html whether the texts are HTML whose markup must survive
   * @throws TranslationFailure when the service refuses, fails or cannot be reached
   */
  List<String> translate(List<String> texts, LanguagePair pair, boolean html);
}
