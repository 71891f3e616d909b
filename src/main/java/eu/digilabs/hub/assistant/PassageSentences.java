package eu.digilabs.hub.assistant;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A passage's sentences, as answers quote them, and its words for how much of a topic it covers.
 */
final class PassageSentences {

  private PassageSentences() {}

  /** The passage's sentences in its language's sentence breaks; those without letters left out. */
  static List<String> of(Passage p) {
    Locale locale = p.language() == null ? Locale.ROOT : Locale.forLanguageTag(p.language());
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    String text = p.text();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (s.codePoints().anyMatch(Character::isLetter)) {
        out.add(s);
      }
    }
    return out;
  }

  /** A passage's words with its title and section, for how much of a question it covers. */
  static String full(Passage p) {
    return p.title() + " " + (p.heading() == null ? "" : p.heading()) + " " + p.text();
  }
}
