package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabActivity;
import eu.digilabs.hub.shared.problems.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
  private final Rights rights;
  private final ApplicationEventPublisher events;

  SolutionEditing(
      Solutions solutions,
      SolutionAccess access,
      SolutionCheck check,
      SolutionHistory history,
      SolutionViews views,
      Uptakes uptakes,
      Rights rights,
      ApplicationEventPublisher events) {
    this.solutions = solutions;
    this.access = access;
    this.check = check;
    this.history = history;
    this.views = views;
    this.uptakes = uptakes;
    this.rights = rights;
    this.events = events;
  }

  /** Creates a draft; editors of the provider lab, or admins for an organisation's solution. */
  public SolutionView create(SolutionCommand command) {
    return views.view(save(command));
  }

  /** Creates the draft and returns it, for the importer that adds what the file carried. */
  Solution save(SolutionCommand command) {
    rights.requireMember();
    access.requireEditor(command.providerLabId());
    Licence licence = check.check(command);
    Solution solution =
        solutions.save(new Solution(command, licence, rights.currentAccountId().orElse(null)));
    history.record(solution, "created", List.of());
    activity(solution.providerLabId());
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
    List<String> changed = solution.apply(command, licence);
    if (!changed.isEmpty()) {
      solutions.flush();
      history.record(solution, "updated", changed);
      activity(solution.providerLabId());
      if (solution.published()) {
        published(solution, versionBefore, retiredBefore);
      }
    }
    return views.view(solution);
  }

  public SolutionView publish(long id) {
    Solution solution = access.editable(id);
    if (solution.publish()) {
      solutions.flush();
      history.record(solution, "published", List.of());
      activity(solution.providerLabId());
      events.publishEvent(new SolutionPublished(solution.id()));
    }
    return views.view(solution);
  }

  public SolutionView unpublish(long id) {
    Solution solution = access.editable(id);
    if (solution.unpublish()) {
      solutions.flush();
      history.record(solution, "unpublished", List.of());
      events.publishEvent(new SolutionWithdrawn(solution.id()));
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
    events.publishEvent(new SolutionWithdrawn(id));
  }

  private void published(Solution solution, @Nullable String versionBefore, boolean retiredBefore) {
    events.publishEvent(new PublishedSolutionChanged(solution.id()));
    String version = solution.softwareVersion();
    if (version != null && !version.equals(versionBefore)) {
      events.publishEvent(new SolutionReleased(solution.id(), version));
    }
    if (solution.retired() && !retiredBefore) {
      events.publishEvent(new SolutionRetired(solution.id()));
    }
  }

  private void activity(@Nullable Long lab) {
    if (lab != null) {
      events.publishEvent(new LabActivity(lab, Instant.now()));
    }
  }
}
