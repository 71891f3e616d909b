package eu.digilabs.hub.discussions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mentions in a post: {@code @} and a member's full name ("@Anna Schmidt"). Members have no
 * handles, so each {@code @} yields the phrases of one to four words after it, and the longest
 * phrase that names a member wins. Mentions in code and in quoted lines (someone else's words) do
 * not count, and one post tells at most {@link #MAX_PEOPLE} people.
 */
final class Mentions {

  /** The most words a name may have. */
  static final int MAX_WORDS = 4;

  /** One post mentions at most this many people; more are not told (no mass mail by mention). */
  static final int MAX_PEOPLE = 10;

  private static final Pattern CODE_BLOCK = Pattern.compile("```.*?(```|$)", Pattern.DOTALL);
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
  private static final Pattern QUOTE_LINE = Pattern.compile("(?m)^\\s*>.*$");

  private Mentions() {}

  /** Each mention's candidate names, longest first and in lower case, in the order they stand. */
  static List<List<String>> find(String markdown) {
    String text = CODE_BLOCK.matcher(markdown).replaceAll(" ");
    text = CODE_SPAN.matcher(text).replaceAll(" ");
    text = QUOTE_LINE.matcher(text).replaceAll(" ");
    List<List<String>> mentions = new ArrayList<>();
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at > 0 && isWordChar(text.charAt(at - 1))) {
        continue; // an address such as lab@example.org
      }
      List<String> words = wordsAfter(text, at + 1);
      if (words.isEmpty()) {
        continue;
      }
      List<String> phrases = new ArrayList<>();
      for (int n = words.size(); n >= 1; n--) {
        phrases.add(String.join(" ", words.subList(0, n)).toLowerCase(Locale.ROOT));
      }
      mentions.add(phrases);
    }
    return mentions;
  }

  /** Every candidate name of the mentions, to look up at once. */
  static Set<String> phrases(Collection<List<String>> mentions) {
    Set<String> all = new LinkedHashSet<>();
    mentions.forEach(all::addAll);
    return all;
  }

  /**
   * The people mentioned: for each mention, the longest candidate that names someone; at most
   * {@link #MAX_PEOPLE}.
   */
  static Set<Long> resolve(List<List<String>> mentions, Map<String, Long> byName) {
    Set<Long> people = new LinkedHashSet<>();
    for (List<String> phrases : mentions) {
      for (String phrase : phrases) {
        Long id = byName.get(phrase);
        if (id != null) {
          if (people.size() < MAX_PEOPLE) {
            people.add(id);
          }
          break;
        }
      }
    }
    return people;
  }

  private static List<String> wordsAfter(String text, int from) {
    List<String> words = new ArrayList<>();
    int i = from;
    while (words.size() < MAX_WORDS && i < text.length() && isWordChar(text.charAt(i))) {
      int start = i;
      while (i < text.length() && (isWordChar(text.charAt(i)) || isJoiner(text.charAt(i)))) {
        i++;
      }
      int end = i;
      while (end > start && isJoiner(text.charAt(end - 1))) {
        end--; // "@Anna Schmidt." ends the name before the full stop
      }
      words.add(text.substring(start, end));
      if (end < i || i + 1 >= text.length() || !isSpace(text.charAt(i))) {
        break;
      }
      i++;
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Characters inside names: Jean-Luc, O'Brien, J.R. */
  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == '.';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0';
  }
}
