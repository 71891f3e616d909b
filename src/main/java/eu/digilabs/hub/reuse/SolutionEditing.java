package eu.digilabs.hub.reuse;

import eu.digilabs.hub.shared.problems.Conflict;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing solutions: create a draft, change it from the version the editor saw, publish, withdraw,
 * delete. Editors of the provider lab and admins only; every change is checked by {@link
 * SolutionCheck}, recorded in {@link SolutionHistory} and stated as a fact for other modules.
 */
@Service
@Transactional
public class SolutionEditing {

  private final Solutions solutions;
  private final SolutionAccess access;
  private final SolutionCheck check;
  private final SolutionHistory history;
  private final SolutionViews views;
  private final Uptakes uptakes;
  private final SolutionProjectLinks links;
  private final SolutionFacts facts;

  SolutionEditing(
      Solutions solutions,
      SolutionAccess access,
      SolutionCheck check,
      SolutionHistory history,
      SolutionViews views,
      Uptakes uptakes,
      SolutionProjectLinks links,
      SolutionFacts facts) {
    this.solutions = solutions;
    this.access = access;
    this.check = check;
    this.history = history;
    this.views = views;
    this.uptakes = uptakes;
    this.links = links;
    this.facts = facts;
  }

  /** Creates a draft; editors of the provider lab, or admins for an organisation's solution. */
  public SolutionView create(SolutionCommand command) {
    access.requireEditor(command.providerLabId());
    return views.view(save(command, solution -> {}, "created"));
  }

  /**
   * Creates the draft a publiccode.yml file describes, with what the file carried beyond the
   * command, in one insert: a second import of the same source fails here, not at commit.
   */
  Solution saveImported(SolutionCommand command, PubliccodeMapping.Imported imported) {
    return save(
        command,
        solution ->
            solution.imported(
                imported.sourceKey(),
                imported.sourceUrl(),
                imported.descriptions(),
                imported.values()),
        "imported");
  }

  /** Saves the draft; the caller checked the rights (an import checks them before it reads). */
  private Solution save(SolutionCommand command, Consumer<Solution> extras, String action) {
    Licence licence = check.check(command);
    Solution solution = new Solution(command, licence, access.currentAccount());
    extras.accept(solution);
    solutions.save(solution);
    links.hold(solution, Map.of());
    history.record(solution, action, List.of());
    facts.activity(solution);
    solutions.flush();
    return solution;
  }

  /** Changes a solution from the version the editor saw; a stale version is a conflict. */
  public SolutionView update(long id, long version, SolutionCommand command) {
    Solution solution = access.editable(id);
    Long provider = command.providerLabId();
    if (!Objects.equals(provider, solution.providerLabId())) {
      access.requireEditor(provider);
    }
    if (solution.version() != version) {
      throw new Conflict("The solution was changed by someone else since version " + version + ".");
    }
    Licence licence = check.check(command);
    String versionBefore = solution.softwareVersion();
    boolean retiredBefore = solution.retired();
    Map<Long, String> linkedBefore = Map.copyOf(solution.projects());
    List<String> changed = solution.apply(command, licence);
    links.hold(solution, linkedBefore);
    if (!changed.isEmpty()) {
      solutions.flush();
      history.record(solution, "updated", changed);
      facts.changed(solution, versionBefore, retiredBefore);
    }
    solutions.flush();
    return views.view(solution);
  }

  public SolutionView publish(long id) {
    Solution solution = access.editable(id);
    if (solution.publish()) {
      solutions.flush();
      history.record(solution, "published", List.of());
      facts.published(solution);
    }
    return views.view(solution);
  }

  public SolutionView unpublish(long id) {
    Solution solution = access.editable(id);
    if (solution.unpublish()) {
      solutions.flush();
      history.record(solution, "unpublished", List.of());
      facts.withdrawn(solution.id());
    }
    return views.view(solution);
  }

  /**
   * Deletes a solution; refused (409) once someone's uptake went past interest, since their
   * agreement and history refer to it: retire it instead.
   */
  public void delete(long id) {
    Solution solution = access.editable(id);
    if (uptakes.pastInterest(id) > 0) {
      throw new Conflict(
          "Others are taking the solution up: retire it instead, which keeps their history.");
    }
    solutions.delete(solution);
    facts.withdrawn(id);
  }
}
