package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
  private final MethodCardFiles files;
  private final KnowledgeFiles uploads;
  private final Rights rights;
  private final ProjectQueries projects;
  private final ApplicationEventPublisher events;

  MethodService(
      MethodCards cards,
      Taxonomy taxonomy,
      MethodCardFiles files,
      KnowledgeFiles uploads,
      Rights rights,
      ProjectQueries projects,
      ApplicationEventPublisher events) {
    this.events = events;
    this.cards = cards;
    this.taxonomy = taxonomy;
    this.files = files;
    this.uploads = uploads;
    this.rights = rights;
    this.projects = projects;
  }

  /** A template of a card, as its page lists it. */
  public record Template(long id, String code, String fileName, long size) {
    public String path() {
      return "/methods/" + code + "/templates/" + id;
    }
  }

  public List<Template> templates(String code) {
    MethodCard card = load(code);
    return files.findByCardIdOrderById(card.id()).stream()
        .map(f -> new Template(f.id(), card.code(), f.fileName(), f.size()))
        .toList();
  }

  /** Admins attach templates (checked like article attachments). */
  @Transactional
  public Template addTemplate(String code, @Nullable String fileName, byte @Nullable [] content) {
    rights.requireAdmin();
    MethodCard card = load(code);
    MethodCardFile saved =
        files.save(new MethodCardFile(card.id(), uploads.store(fileName, content)));
    return new Template(saved.id(), card.code(), saved.fileName(), saved.size());
  }

  /** A template's file with its name and type, for download. */
  public Map.Entry<Path, String[]> templateFile(String code, long id) {
    MethodCard card = load(code);
    MethodCardFile file =
        files
            .findById(id)
            .filter(f -> f.cardId() == card.id())
            .orElseThrow(() -> new NotFound("No template " + id + "."));
    Path path =
        uploads
            .find(file.storedName())
            .orElseThrow(() -> new NotFound("The file of template " + id + " is gone."));
    return Map.entry(path, new String[] {file.fileName(), file.contentType()});
  }

  /** Admins name the published projects that show the method in use. */
  @Transactional
  public MethodView examples(String code, List<Long> projectIds, String language) {
    rights.requireAdmin();
    MethodCard card = load(code);
    List<Long> wanted =
        projectIds == null ? List.of() : projectIds.stream().filter(Objects::nonNull).toList();
    Map<Long, String> found = projects.publishedTitles(wanted);
    List<Long> unknown = wanted.stream().filter(p -> !found.containsKey(p)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInput("projectIds", "validation.unknownId", unknown);
    }
    card.examples(wanted);
    return MethodView.of(card, language);
  }

  private MethodCard load(String code) {
    Optional<MethodCard> card =
        code != null && code.matches("\\d{1,18}")
            ? cards.findById(Long.valueOf(code))
            : cards.findByCode(code == null ? "" : code);
    return card.orElseThrow(() -> new NotFound("No method card " + code + "."));
  }

  /**
   * The cards fitting every given condition ({@code minutes}: time available; {@code people}: the
   * group's size), in phase order, in the wanted language where they have it.
   */
  public List<MethodView> find(
      @Nullable String phase,
      @Nullable Integer minutes,
      @Nullable Integer people,
      String language) {
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
      byPhase.computeIfAbsent(card.phase(), p -> new ArrayList<>()).add(card);
    }
    return byPhase;
  }

  /** A card by its code ({@code user-interviews}) or its number (search results link those). */
  public MethodView get(String code, String language) {
    Optional<MethodCard> card =
        code != null && code.matches("\\d{1,18}")
            ? cards.findById(Long.valueOf(code))
            : cards.findByCode(code == null ? "" : code);
    return card.map(c -> MethodView.of(c, language))
        .orElseThrow(() -> new NotFound("No method card " + code + "."));
  }

  /** Whether the current person may change cards: admins keep the toolkit. */
  public boolean mayEdit() {
    return rights.admin();
  }

  /** The numbers of every card, all of them public. */
  public List<Long> ids() {
    return cards.findAll().stream().map(MethodCard::id).sorted().toList();
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
  boolean seed(
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
    events.publishEvent(new MethodCardChanged(card.id()));
    return true;
  }
}
