package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.assistant.Question.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a question asks for, read from its words alone (no Spring). */
class QuestionIntentsTests {

  final QuestionIntents intents = new QuestionIntents(QuestionWords.load());

  static List<String> folded(String question) {
    return QuestionReader.words(question);
  }

  Intent intent(String question) {
    return intents.intent(folded(question));
  }

  @Test
  void listQuestionsAskForProjectsOrLabsInEitherLanguage() {
    assertThat(intent("Which chatbot projects are live in Estonia?")).isEqualTo(Intent.PROJECTS);
    assertThat(intent("Welche Projekte gibt es in Deutschland?")).isEqualTo(Intent.PROJECTS);
    assertThat(intent("Which labs work on chatbots?")).isEqualTo(Intent.LABS);
    assertThat(intent("Welches Labor arbeitet mit KI?")).isEqualTo(Intent.LABS);
  }

  @Test
  void listQuestionsAskForSolutionsForReuse() {
    assertThat(intent("Which EfA solutions exist for housing benefit?"))
        .isEqualTo(Intent.SOLUTIONS);
    assertThat(intent("Welche EfA-Lösungen gibt es für Wohngeld?")).isEqualTo(Intent.SOLUTIONS);
    assertThat(intent("Welche Onlinedienste zur Nachnutzung gibt es?")).isEqualTo(Intent.SOLUTIONS);
    // Projects named alongside stay a list of projects; who uses one solution is explained.
    assertThat(intent("Which projects built EfA solutions?")).isEqualTo(Intent.PROJECTS);
    assertThat(intent("Who uses BAföG Digital?")).isEqualTo(Intent.EXPLAIN);
    assertThat(intent("Which EfA solution covers Elterngeld?")).isEqualTo(Intent.SOLUTIONS);
    // A qualifier alone, or a single solution in its everyday sense, asks for no solutions.
    assertThat(intent("Which EfA events are there in Berlin?")).isEqualTo(Intent.EXPLAIN);
    assertThat(intent("Welche nachnutzbaren Methoden gibt es?")).isEqualTo(Intent.EXPLAIN);
    assertThat(intent("What reuse checks are there?")).isEqualTo(Intent.EXPLAIN);
    assertThat(intent("What solution did the lab find for speech recognition?"))
        .isEqualTo(Intent.EXPLAIN);
  }

  @Test
  void aSingularWithoutAListWordIsNoList() {
    assertThat(intent("What did the lab learn about user interviews?")).isEqualTo(Intent.EXPLAIN);
  }

  @Test
  void failureWordsAskWhatWentWrongButGoAloneDoesNot() {
    assertThat(intent("What went wrong with the e-file?")).isEqualTo(Intent.FAILURES);
    assertThat(intent("Welche Projekte sind gescheitert?")).isEqualTo(Intent.FAILURES);
    assertThat(intent("How do I go about user interviews?")).isEqualTo(Intent.EXPLAIN);
  }

  @Test
  void wordsForKindsOfItemNameTheirTypesOnlyOutsideLists() {
    assertThat(intents.types(Intent.EXPLAIN, folded("Which events are about chatbots?")))
        .containsExactly("event", "session");
    assertThat(intents.types(Intent.EXPLAIN, folded("Welche Methoden helfen beim Testen?")))
        .containsExactly("method", "lesson");
    assertThat(intents.types(Intent.EXPLAIN, folded("Welche OZG-Leistung gehört dazu?")))
        .containsExactly("service");
    assertThat(intents.types(Intent.PROJECTS, folded("Which projects ran events?"))).isEmpty();
  }

  @Test
  void personalAdviceAndFollowUpsAreRecognised() {
    assertThat(QuestionIntents.personal("  Should I buy a chatbot?")).isTrue();
    assertThat(QuestionIntents.personal("Soll ich Design Thinking machen?")).isTrue();
    assertThat(QuestionIntents.personal("What should a lab buy?")).isFalse();
    assertThat(QuestionIntents.followsUp("And in Germany?", List.of())).isTrue();
    assertThat(QuestionIntents.followsUp("Und was ist mit Estland?", List.of("Estland"))).isTrue();
    assertThat(
            QuestionIntents.followsUp(
                "And how do chatbots handle appointments in public registries?",
                List.of("chatbots", "handle", "appointments", "public", "registries")))
        .isFalse();
    assertThat(QuestionIntents.followsUp("What about Germany?", List.of("Germany"))).isTrue();
    assertThat(QuestionIntents.followsUp("Tell me about Germany", List.of("Germany"))).isFalse();
  }
}
