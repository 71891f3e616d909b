package eu.digilabs.hub.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A method card in one language ({@code language} says which: the page's, or the other one when the
 * card has no text in it).
 */
public record MethodView(
    long id,
    String code,
    String phase,
    int minutes,
    int peopleMin,
    int peopleMax,
    String language,
    String title,
    String what,
    String why,
    String steps,
    String considerations,
    List<Long> projectIds) {

  static MethodView of(MethodCard card, String wanted) {
    String language =
        card.texts().containsKey(wanted)
            ? wanted
            : card.texts().containsKey("en") ? "en" : card.texts().keySet().iterator().next();
    MethodCard.Text text = Objects.requireNonNull(card.texts().get(language));
    return new MethodView(
        card.id(),
        card.code(),
        card.phase(),
        card.minutes(),
        card.peopleMin(),
        card.peopleMax(),
        language,
        text.title(),
        text.what(),
        text.why(),
        text.steps(),
        text.considerations(),
        List.copyOf(card.projectIds()));
  }
}
