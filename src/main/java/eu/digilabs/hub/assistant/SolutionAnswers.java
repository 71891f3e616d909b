package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Answer.Part;
import eu.digilabs.hub.search.SearchFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Answers "Which EfA solutions exist for housing benefit?": the published solutions for reuse that
 * have the classifications and the public service the question names and cover its topic, with
 * their number; each item says what the solution is and where it is live, both cited.
 */
@Component
class SolutionAnswers {

  /**
   * A project's status named in a question, as the status of a solution: "in operation" is live for
   * a project and in operation for a solution. Statuses without a counterpart (pilot, planned)
   * match no solution.
   */
  private static final Map<String, String> STATUSES =
      Map.of("live", "in-operation", "in-development", "in-development", "discontinued", "retired");

  private final ListAnswers lists;
  private final Passages passages;

  SolutionAnswers(ListAnswers lists, Passages passages) {
    this.lists = lists;
    this.passages = passages;
  }

  /** Which solutions ...: the published solutions classified so, with their number. */
  Answer solutions(Question question, String id, String conversationId) {
    List<Passage> found = new ArrayList<>();
    Relaxation.Relaxed relaxed =
        Relaxation.relaxed(
            question,
            (q, into) -> lists.matching("solution", q.filtering(filters(q)), into),
            found);
    long count = relaxed.count();
    if (count == 0) {
      return lists.none(
          question, id, conversationId, "assistant.solutions.none", lists.described(question));
    }
    Citations citations = new Citations(question.language());
    List<Part> parts =
        found.stream()
            .limit(ListAnswers.LIST_ITEMS)
            .map(p -> item(p, question.answerLocale().getLanguage(), citations))
            .toList();
    return lists.listed(
        relaxed,
        id,
        conversationId,
        "assistant.solutions.found",
        count,
        lists.described(relaxed.question()),
        parts,
        citations);
  }

  /** The question's filters as solutions are classified: their status, never a project phase. */
  private static Map<String, String> filters(Question question) {
    Map<String, String> filters = new LinkedHashMap<>(question.filters());
    filters.remove(SearchFields.PHASE);
    String status = filters.remove(SearchFields.STATUS);
    if (status != null) {
      filters.put(SearchFields.STATUS, STATUSES.getOrDefault(status, status));
    }
    return filters;
  }

  /** A solution as a list item: what it is, then where it is live (in that language), cited. */
  private Part item(Passage first, String language, Citations citations) {
    List<Integer> cited = new ArrayList<>();
    cited.add(citations.number(first));
    String text = ListAnswers.item(first);
    Passage uses = null;
    for (Passage p :
        passages.findBySourceTypeAndSourceIdOrderByOrdinal("solution", first.sourceId())) {
      if (SolutionPassages.WHO_USES.equals(p.heading())
          && !PassageSentences.of(p).isEmpty()
          && (uses == null || language.equals(p.language()))) {
        uses = p;
      }
    }
    if (uses != null) {
      text = PassageCutter.sentence(text) + " " + PassageSentences.of(uses).get(0);
      cited.add(citations.number(uses));
    }
    return new Part(text, cited);
  }
}
