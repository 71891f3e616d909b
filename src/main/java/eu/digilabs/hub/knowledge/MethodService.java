package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.NotFound;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lab method toolkit: method cards by phase (discover to scale) and "which method now?" by
 * phase, the time available and the size of the group.
 */
@Service
@Transactional(readOnly = true)
public class MethodService {

  private final MethodCards cards;
  private final Taxonomy taxonomy;

  MethodService(MethodCards cards, Taxonomy taxonomy) {
    this.cards = cards;
    this.taxonomy = taxonomy;
  }

  /**
   * The cards fitting every given condition ({@code minutes}: time available; {@code people}: the
   * group's size), in phase order, in the wanted language where they have it.
   */
  public List<MethodView> find(String phase, Integer minutes, Integer people, String language) {
    Map<String, Integer> order = phaseOrder();
    return cards.findAll().stream()
        .filter(c -> phase == null || phase.isBlank() || phase.equals(c.phase()))
        .filter(c -> minutes == null || c.minutes() <= minutes)
        .filter(c -> people == null || (c.peopleMin() <= people && people <= c.peopleMax()))
        .sorted(
            Comparator.comparing((MethodCard c) -> order.getOrDefault(c.phase(), 99))
                .thenComparing(MethodCard::minutes)
                .thenComparing(MethodCard::code))
        .map(c -> MethodView.of(c, language))
        .toList();
  }

  /** Every card by phase, phases in the lab method's order (empty phases left out). */
  public Map<String, List<MethodView>> toolkit(String language) {
    Map<String, List<MethodView>> byPhase = new LinkedHashMap<>();
    for (MethodView card : find(null, null, null, language)) {
      byPhase.computeIfAbsent(card.phase(), p -> new java.util.ArrayList<>()).add(card);
    }
    return byPhase;
  }

  /** A card by its code ({@code user-interviews}) or its number (search results link those). */
  public MethodView get(String code, String language) {
    java.util.Optional<MethodCard> card =
        code != null && code.matches("\\d{1,18}")
            ? cards.findById(Long.valueOf(code))
            : cards.findByCode(code == null ? "" : code);
    return card.map(c -> MethodView.of(c, language))
        .orElseThrow(() -> new NotFound("No method card " + code + "."));
  }

  private Map<String, Integer> phaseOrder() {
    Map<String, Integer> order = new LinkedHashMap<>();
    List<TermView> phases = taxonomy.terms(Vocabulary.PHASE);
    for (int i = 0; i < phases.size(); i++) {
      order.put(phases.get(i).code(), i);
    }
    return order;
  }

  /** Adds the card unless one with its code exists: the bundled toolkit at start-up. */
  @Transactional
  public boolean seed(
      String code,
      String phase,
      int minutes,
      int peopleMin,
      int peopleMax,
      Map<String, List<String>> texts) {
    if (cards.findByCode(code).isPresent()) {
      return false;
    }
    MethodCard card = new MethodCard(code, phase, minutes, peopleMin, peopleMax);
    texts.forEach(
        (language, t) ->
            card.text(
                language, new MethodCard.Text(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4))));
    cards.save(card);
    return true;
  }
}
