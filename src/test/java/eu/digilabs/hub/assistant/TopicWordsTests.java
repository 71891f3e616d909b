package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.assistant.Question.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words that carry a question's topic (no Spring). */
class TopicWordsTests {

  final TopicWords topics = new TopicWords(QuestionWords.load());

  List<String> topic(String question, Intent intent, boolean... named) {
    List<String> asked = QuestionReader.asked(question);
    boolean[] used = new boolean[asked.size()];
    System.arraycopy(named, 0, used, 0, named.length);
    return topics.of(asked, QuestionReader.words(question), used, intent);
  }

  @Test
  void questionWordsStopWordsAndGeneralVerbsAreNoTopic() {
    assertThat(topic("How do labs run user interviews?", Intent.EXPLAIN))
        .containsExactly("labs", "user", "interviews");
    assertThat(topic("Wie führe ich Nutzerinterviews durch?", Intent.EXPLAIN))
        .containsExactly("Nutzerinterviews");
  }

  @Test
  void listQuestionsLeaveOutTheWordsForProjectsAndThoseThatNamedAFilter() {
    // "chatbot" named the technology, "Estonia" the country.
    assertThat(
            topic(
                "Which chatbot projects are live in Estonia",
                Intent.PROJECTS,
                false,
                true,
                false,
                false,
                true,
                false,
                true))
        .isEmpty();
    assertThat(topic("Which projects digitise parking permits?", Intent.PROJECTS))
        .containsExactly("digitise", "parking", "permits");
  }

  @Test
  void solutionQuestionsLeaveOutTheWordsForSolutionsOnlyWhenTheyAskForThem() {
    assertThat(topic("Which EfA solutions exist for housing benefit?", Intent.SOLUTIONS))
        .containsExactly("housing", "benefit");
    assertThat(topic("Which EfA projects exist for housing benefit?", Intent.PROJECTS))
        .containsExactly("EfA", "housing", "benefit");
  }

  @Test
  void failureQuestionsLeaveOutTheWordsAskingWhatWentWrong() {
    assertThat(topic("What went wrong with the e-file?", Intent.FAILURES))
        .containsExactly("e-file");
    assertThat(topic("What went wrong with the e-file?", Intent.EXPLAIN))
        .containsExactly("went", "wrong", "e-file");
  }

  @Test
  void eachWordOnceAsAsked() {
    assertThat(topic("Parking permits and Parking fees", Intent.EXPLAIN))
        .containsExactly("Parking", "permits", "fees");
  }
}
