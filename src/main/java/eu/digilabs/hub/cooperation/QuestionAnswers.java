package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.discussions.DiscussionChanged;
import eu.digilabs.hub.discussions.PostWritten;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.items.ItemKeys;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Answers are discussion posts on a question: the asker is told of each new one at once, and the
 * lists' answer counts follow new, deleted and hidden answers.
 */
@Component
class QuestionAnswers {

  private final QuestionService questions;
  private final Notices notices;

  QuestionAnswers(QuestionService questions, Notices notices) {
    this.questions = questions;
    this.notices = notices;
  }

  @ApplicationModuleListener
  void on(PostWritten fact) {
    Optional<Long> id = questionId(fact.itemKey());
    if (id.isEmpty() || fact.replyTo() != null) {
      return;
    }
    questions.recount(id.get());
    Optional<Question> question = questions.question(id.get());
    Long asker = question.map(Question::authorId).orElse(null);
    if (question.isPresent() && asker != null && asker != fact.authorId()) {
      notices.tellNow(
          asker,
          new Notice(
              "answer",
              fact.itemKey(),
              question.get().title(),
              "/questions/" + id.get() + "#post-" + fact.postId(),
              null,
              null));
    }
  }

  @ApplicationModuleListener
  void on(DiscussionChanged fact) {
    questionId(fact.itemKey()).ifPresent(questions::recount);
  }

  private static Optional<Long> questionId(String itemKey) {
    return "question".equals(ItemKeys.type(itemKey))
        ? ItemKeys.numericId(itemKey)
        : Optional.empty();
  }
}
