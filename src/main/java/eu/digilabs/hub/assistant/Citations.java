package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Answer.Citation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers passages in the order an answer first cites them. */
final class Citations {

  private final String language;
  private final Map<Long, Citation> byPassage = new LinkedHashMap<>();

  /** Citations for an answer to a question in this language (ISO 639-1). */
  Citations(String language) {
    this.language = language;
  }

  /** The passage's number: the one it already has, or the next. */
  int number(Passage p) {
    return byPassage
        .computeIfAbsent(
            p.id(),
            k ->
                new Citation(
                    byPassage.size() + 1,
                    p.sourceType(),
                    p.sourceId(),
                    p.title(),
                    p.url(),
                    p.heading(),
                    p.text(),
                    p.language(),
                    p.language() != null && !p.language().equals(language)))
        .number();
  }

  /** The cited passages in the order of their numbers. */
  List<Citation> list() {
    return List.copyOf(byPassage.values());
  }
}
