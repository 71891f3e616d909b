package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word files: one per language, read together (no Spring). */
class QuestionWordsTests {

  @Test
  void bothLanguagesCountAndKindsOfItemAreParsed() {
    QuestionWords words = QuestionWords.load();
    assertThat(words.list()).contains("which", "welche");
    assertThat(words.project()).contains("projects", "projekte", "vorhaben");
    assertThat(words.lab()).contains("labs", "digitalisierungslabore");
    assertThat(words.plural()).contains("labs", "labore").doesNotContain("lab", "labor");
    assertThat(words.failure()).contains("wrong", "gescheitert");
    assertThat(words.generic()).contains("run", "durchführen");
    assertThat(words.question()).contains("what", "welche", "ozg-id", "leika-schlüssel");
    assertThat(words.types())
        .containsEntry("conferences", List.of("event", "session"))
        .containsEntry("vorträge", List.of("session"))
        .containsEntry("methoden", List.of("method", "lesson"))
        .containsEntry("ozg-leistungen", List.of("service"));
  }
}
