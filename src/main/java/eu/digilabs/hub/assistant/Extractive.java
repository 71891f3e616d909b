package eu.digilabs.hub.assistant;

import eu.digilabs.hub.search.SearchFields;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers from the passages themselves, fully offline: list questions ("Which chatbot projects are
 * live in Estonia?") by {@link ListAnswers} (solutions by {@link SolutionAnswers}), everything else
 * by {@link Explanations}, which quote the sentences that carry the most of the question's topic,
 * each with its source; questions the passages do not cover are declined ({@link Declines}).
 */
@Component
class Extractive {

  private final Explanations explanations;
  private final ListAnswers lists;
  private final SolutionAnswers solutions;
  private final QuestionReader reader;

  Extractive(
      Explanations explanations,
      ListAnswers lists,
      SolutionAnswers solutions,
      QuestionReader reader) {
    this.explanations = explanations;
    this.lists = lists;
    this.solutions = solutions;
    this.reader = reader;
  }

  @Transactional(readOnly = true)
  Answer answer(Question question, String id, String conversationId) {
    return switch (question.intent()) {
      case PROJECTS -> lists.projects(question, id, conversationId);
      case LABS -> lists.labs(question, id, conversationId, technologyNames(question));
      case SOLUTIONS -> solutions.solutions(question, id, conversationId);
      default -> explain(question, id, conversationId, retrieve(question));
    };
  }

  /** The passages a question's explanation is drawn from, best first. */
  @Transactional(readOnly = true)
  List<Passage> retrieve(Question question) {
    return explanations.retrieve(question);
  }

  /** The explanation from the passages found for the question, or a decline. */
  Answer explain(Question question, String id, String conversationId, List<Passage> found) {
    return explanations.explain(question, id, conversationId, found);
  }

  /** Every way of naming the technology the question names, each as its words; none if none. */
  private List<List<String>> technologyNames(Question question) {
    String code = question.filters().get(SearchFields.TECHNOLOGY);
    return question.named().get(SearchFields.TECHNOLOGY) == null || code == null
        ? List.of()
        : reader.names(SearchFields.TECHNOLOGY, code);
  }
}
