package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reuse pipeline. Any member declares interest on behalf of their lab or an organisation; the
 * provider's editors answer and move each entry through the stages (the reuser may only end it);
 * the reuser's side decides what is public. Every stage and note is a dated {@link UptakeStep}.
 */
@Service
@Transactional
public class UptakeService {

  private final Uptakes uptakes;
  private final UptakeSteps steps;
  private final UptakeViews views;
  private final SolutionAccess access;
  private final UptakeCheck check;
  private final Rights rights;
  private final ApplicationEventPublisher events;

  UptakeService(
      Uptakes uptakes,
      UptakeSteps steps,
      UptakeViews views,
      SolutionAccess access,
      UptakeCheck check,
      Rights rights,
      ApplicationEventPublisher events) {
    this.uptakes = uptakes;
    this.steps = steps;
    this.views = views;
    this.access = access;
    this.check = check;
    this.rights = rights;
    this.events = events;
  }

  /** The entries of a solution the viewer may see. */
  @Transactional(readOnly = true)
  public List<UptakeView> forSolution(long solutionId) {
    Solution solution = access.visible(solutionId);
    return views.visible(
        solution,
        uptakes.findBySolutionIdOrderByDeclaredAt(solutionId),
        access.mayEdit(solution.providerLabId()));
  }

  /** One entry, if the viewer may see it. */
  @Transactional(readOnly = true)
  public UptakeView get(long id) {
    Uptake uptake = find(id);
    Solution solution = access.visible(uptake.solutionId());
    boolean provider = access.mayEdit(solution.providerLabId());
    if (!provider && !uptake.isPublic() && !views.reuserSide(uptake)) {
      throw new NotFound("Uptake " + id);
    }
    return view(solution, uptake, provider);
  }

  /** The solution an uptake belongs to (a page's forms return to it), if that is visible. */
  @Transactional(readOnly = true)
  public long solutionOf(long uptakeId) {
    return access.visible(find(uptakeId).solutionId()).id();
  }

  /** Declares interest in a published solution that is still offered. */
  public UptakeView declare(long solutionId, UptakeCommands.Declare command) {
    long account = rights.requireMember();
    Solution solution = access.visible(solutionId);
    Long lab = command.reuserLabId();
    Long organisation = command.reuserOrganisationId();
    if (lab != null && !rights.memberOf(lab)) {
      throw new Forbidden("not a member of lab " + lab);
    }
    UptakeCheck.Place place = check.declaration(solution, command);
    if (uptakes.openFor(
        solutionId, lab == null ? -1 : lab, organisation == null ? -1 : organisation)) {
      throw new InvalidInput("reuserLabId", "uptakes.alreadyDeclared");
    }
    Uptake uptake =
        uptakes.save(
            new Uptake(solutionId, lab, organisation, place.country(), place.region(), account));
    step(uptake, UptakeStep.Kind.STAGE, UptakeStage.INTERESTED, null, command.note());
    events.publishEvent(new UptakeDeclared(uptake.id(), solutionId));
    return view(solution, uptake, access.mayEdit(solution.providerLabId()));
  }

  /**
   * Moves an entry to a stage from the version the person saw: the provider's editors any stage
   * forward, the reuser's side only to ended.
   */
  public UptakeView move(long id, UptakeCommands.Move command) {
    rights.requireMember();
    Uptake uptake = find(id);
    Solution solution = access.visible(uptake.solutionId());
    boolean provider = access.mayEdit(solution.providerLabId());
    UptakeStage stage =
        UptakeStage.of(command.stage())
            .orElseThrow(
                () -> new InvalidInput("stage", "validation.unknownTerm", command.stage()));
    if (!provider && !(stage == UptakeStage.ENDED && views.reuserSide(uptake))) {
      throw new Forbidden("only the provider moves an uptake along");
    }
    current(uptake, command.version());
    LocalDate on = command.on() == null ? LocalDate.now() : command.on();
    if (on.isAfter(LocalDate.now().plusDays(1))) {
      throw new InvalidInput("on", "uptakes.future");
    }
    if (uptake.moveTo(stage)) {
      uptakes.flush();
      step(uptake, UptakeStep.Kind.STAGE, stage, on, command.note());
      events.publishEvent(
          new UptakeStageChanged(uptake.id(), solution.id(), stage.code(), uptake.reuserLabId()));
    }
    return view(solution, uptake, provider);
  }

  /** A note on an entry: the provider's answer, or the reuser's note. */
  public UptakeView note(long id, UptakeCommands.Note command) {
    rights.requireMember();
    Uptake uptake = find(id);
    Solution solution = access.visible(uptake.solutionId());
    boolean provider = access.mayEdit(solution.providerLabId());
    if (!provider && !views.reuserSide(uptake)) {
      throw new Forbidden("not a party of this uptake");
    }
    step(
        uptake,
        provider ? UptakeStep.Kind.ANSWER : UptakeStep.Kind.NOTE,
        null,
        null,
        command.note());
    return view(solution, uptake, provider);
  }

  /** The reuser's choice of what is public, from the version the person saw. */
  public UptakeView visibility(long id, UptakeCommands.Visibility command) {
    rights.requireMember();
    Uptake uptake = find(id);
    Solution solution = access.visible(uptake.solutionId());
    if (!views.reuserSide(uptake)) {
      throw new Forbidden("only the reuser decides what is public");
    }
    current(uptake, command.version());
    String from = command.visibleFrom();
    UptakeStage stage = uptake.visibleFrom();
    if (from != null) {
      String code = from.strip();
      stage =
          code.isEmpty() || UptakeCommands.NEVER.equals(code)
              ? null
              : UptakeStage.of(code)
                  .orElseThrow(
                      () -> new InvalidInput("visibleFrom", "validation.unknownTerm", code));
    }
    Boolean named = command.reuserPublic();
    uptake.visibility(stage, named == null ? uptake.reuserPublic() : named);
    uptakes.flush();
    events.publishEvent(new UptakeVisibilityChanged(uptake.id(), solution.id()));
    return view(solution, uptake, access.mayEdit(solution.providerLabId()));
  }

  private void current(Uptake uptake, @Nullable Long version) {
    if (version == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    if (uptake.version() != version) {
      throw new Conflict("The entry was changed by someone else since version " + version + ".");
    }
  }

  private void step(
      Uptake uptake,
      UptakeStep.Kind kind,
      @Nullable UptakeStage stage,
      @Nullable LocalDate on,
      @Nullable String note) {
    String author = rights.currentName();
    steps.save(
        new UptakeStep(
            uptake.id(),
            kind,
            stage,
            on == null ? LocalDate.now() : on,
            blank(note),
            rights.currentAccountId().orElse(null),
            author.isEmpty() ? "system" : author));
  }

  private UptakeView view(Solution solution, Uptake uptake, boolean provider) {
    return views.views(solution.name(), List.of(uptake), provider).get(0);
  }

  private Uptake find(long id) {
    return uptakes.findById(id).orElseThrow(() -> new NotFound("Uptake " + id));
  }
}
