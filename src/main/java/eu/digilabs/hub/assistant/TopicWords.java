package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Question.Intent;
import eu.digilabs.hub.search.TextTerms;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a question that carry its topic: not the stop words, question words, general verbs
 * and words for kinds of item; for list questions not the words that named a classification nor
 * those for projects and labs (and for solutions, when it asks for solutions); for failure
 * questions not the words asking what went wrong.
 */
final class TopicWords {

  private final QuestionWords words;

  TopicWords(QuestionWords words) {
    this.words = words;
  }

  /**
   * The topic words as asked, each once.
   *
   * @param asked the question's words as asked
   * @param folded the same words folded ({@link QuestionReader#fold})
   * @param named which words named a classification or a lab
   */
  List<String> of(List<String> asked, List<String> folded, boolean[] named, Intent intent) {
    List<String> topic = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      if (!carries(folded.get(i), named[i], intent)) {
        continue;
      }
      if (!topic.contains(asked.get(i))) {
        topic.add(asked.get(i));
      }
    }
    return topic;
  }

  private boolean carries(String w, boolean named, Intent intent) {
    return !(named && intent.list()
        || words.generic().contains(w)
        || words.types().containsKey(w)
        || !named && TextTerms.stopWord(w)
        || words.question().contains(w)
        || intent == Intent.FAILURES && words.failure().contains(w)
        || intent.list() && (words.project().contains(w) || words.lab().contains(w))
        || intent == Intent.SOLUTIONS
            && (words.solution().contains(w) || words.qualifier().contains(w))
        || w.length() < 2);
  }
}
