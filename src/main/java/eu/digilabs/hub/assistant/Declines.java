package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Answer.Related;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Answers that say the hub could not answer: a message in the question's language, a search for its
 * words, and up to {@value #RELATED} nearby items that share some of its topic.
 */
@Component
class Declines {

  /** At most this many related items. */
  static final int RELATED = 3;

  private final TopicWeighting topics;
  private final MessageSource messages;

  Declines(TopicWeighting topics, MessageSource messages) {
    this.topics = topics;
    this.messages = messages;
  }

  /** The declined answer with the message (and its arguments) and the nearest passages' items. */
  Answer declined(
      Question question,
      String id,
      String conversationId,
      List<Passage> nearest,
      String message,
      double confidence,
      Object... args) {
    return Answer.declined(
        id,
        conversationId,
        question.language(),
        Answer.rounded(confidence),
        messages.getMessage(message, args, question.answerLocale()),
        question.searchUrl(),
        related(question, nearest));
  }

  /** One item per source among the nearest passages, those that share some of the topic. */
  private List<Related> related(Question question, List<Passage> nearest) {
    List<Related> related = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Passage p : nearest) {
      if (related.size() == RELATED) {
        break;
      }
      if (seen.add(p.sourceType() + ":" + p.sourceId())
          && topics.coverage(question.topic(), PassageSentences.full(p)) > 0) {
        related.add(new Related(p.sourceType(), p.title(), p.url()));
      }
    }
    return related;
  }
}
