package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Question.Intent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks for, from its words: a list of projects, labs or solutions ("Which ...
 * projects", "Welche Labore", "Which EfA solutions"), what went wrong ("gescheitert"), or an
 * explanation; the kinds of item it names ("events", "Methoden"); whether it asks for personal
 * advice or continues the conversation.
 */
final class QuestionIntents {

  /** Personal advice ("Should I buy ...?", "Soll ich ...?"): the hub holds no such advice. */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "^(should|shall|must) (i|we)\\b.*|^(soll|sollte|muss) (ich|wir)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How a follow-up question may start: "And in Germany?", "Und was ist mit ...". */
  private static final Pattern FOLLOW_UP =
      Pattern.compile(
          "^(and|und|what about|how about|und was ist mit|was ist mit|und wie|and how|and what"
              + "|und welche|and which|und in|and in|nur|only)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A follow-up has at most this many topic words of its own. */
  static final int FOLLOW_UP_WORDS = 3;

  private final QuestionWords words;

  QuestionIntents(QuestionWords words) {
    this.words = words;
  }

  /** What the question (its words, folded) asks for. */
  Intent intent(List<String> folded) {
    boolean asksList = folded.stream().anyMatch(words.list()::contains);
    if (folded.stream().anyMatch(words.failure()::contains) && !onlyGo(folded)) {
      return Intent.FAILURES;
    } else if (asksList && listOf(folded, words.lab())) {
      return Intent.LABS;
    } else if (asksList && listOf(folded, words.project())) {
      return Intent.PROJECTS;
    } else if (asksList && solutionsAsked(folded)) {
      return Intent.SOLUTIONS;
    }
    return Intent.EXPLAIN;
  }

  /** The kinds of item a question that is no list question names; none for list questions. */
  Set<String> types(Intent intent, List<String> folded) {
    Set<String> types = new LinkedHashSet<>();
    if (!intent.list()) {
      for (String w : folded) {
        List<String> kinds = words.types().get(w);
        if (kinds != null) {
          types.addAll(kinds);
        }
      }
    }
    return types;
  }

  /** Whether the question asks for personal advice. */
  static boolean personal(String question) {
    return PERSONAL.matcher(question.strip()).matches();
  }

  /** Whether a question with these topic words continues the previous one ("And in Germany?"). */
  static boolean followsUp(String question, List<String> topic) {
    return FOLLOW_UP.matcher(question.strip()).matches() && topic.size() <= FOLLOW_UP_WORDS;
  }

  /**
   * Whether the question asks for a list of these: a plural ("which labs"), or the singular right
   * after the list word ("welches Labor").
   */
  private boolean listOf(List<String> folded, Set<String> kind) {
    for (int i = 0; i < folded.size(); i++) {
      if (kind.contains(folded.get(i))
          && (words.plural().contains(folded.get(i))
              || i > 0 && words.list().contains(folded.get(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the question asks for solutions for reuse: a plural ("which solutions") or a solution
   * qualified as one for reuse ("which EfA solution", "welche EfA-Lösung"). "What solution did the
   * lab find" asks for no list.
   */
  private boolean solutionsAsked(List<String> folded) {
    for (int i = 0; i < folded.size(); i++) {
      String w = folded.get(i);
      if (words.solution().contains(w)
          && (words.plural().contains(w)
              || w.startsWith("efa-")
              || i > 0 && words.qualifier().contains(folded.get(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** "go" alone ("How do I go about ...") is no failure. */
  private boolean onlyGo(List<String> folded) {
    return folded.stream().filter(words.failure()::contains).allMatch(w -> w.equals("go"));
  }
}
