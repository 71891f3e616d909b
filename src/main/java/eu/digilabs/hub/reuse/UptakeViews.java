package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who sees what of uptakes, and the views built for them: the provider's editors and admins see
 * every entry of their solutions, the reuser's side its own, everyone else the public entries, the
 * reuser named only if it chose so, and no notes. Names and steps of a list in one query each.
 */
@Component
class UptakeViews {

  private final UptakeSteps steps;
  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final Rights rights;

  UptakeViews(
      UptakeSteps steps, LabDirectory labs, OrganisationDirectory organisations, Rights rights) {
    this.steps = steps;
    this.labs = labs;
    this.organisations = organisations;
    this.rights = rights;
  }

  /** Whether the viewer is on the reuser's side: the declarer while in the lab, its editors. */
  boolean reuserSide(Uptake u) {
    if (rights.admin()) {
      return true;
    }
    Long lab = u.reuserLabId();
    Long declarer = u.declaredBy();
    boolean declared =
        declarer != null && rights.currentAccountId().map(declarer::equals).orElse(false);
    if (lab == null) {
      return declared;
    }
    return rights.editorOf(lab) || (declared && rights.memberOf(lab));
  }

  /** The entries of one solution the viewer may see, oldest first. */
  List<UptakeView> visible(Solution solution, List<Uptake> all, boolean provider) {
    List<Uptake> shown =
        all.stream().filter(u -> provider || u.isPublic() || reuserSide(u)).toList();
    return views(solution.name(), shown, provider);
  }

  List<UptakeView> views(String solutionName, List<Uptake> uptakes, boolean provider) {
    if (uptakes.isEmpty()) {
      return List.of();
    }
    Set<Long> labIds = new HashSet<>();
    Set<Long> organisationIds = new HashSet<>();
    uptakes.forEach(
        u -> {
          if (u.reuserLabId() != null) {
            labIds.add(u.reuserLabId());
          }
          if (u.reuserOrganisationId() != null) {
            organisationIds.add(u.reuserOrganisationId());
          }
        });
    Map<Long, String> labNames = labIds.isEmpty() ? Map.of() : labs.names(labIds);
    Map<Long, String> organisationNames =
        organisationIds.isEmpty() ? Map.of() : organisations.organisationNames(organisationIds);
    Map<Long, List<UptakeStep>> stepsOf =
        steps
            .findByUptakeIdInOrderByRecordedAtAscIdAsc(uptakes.stream().map(Uptake::id).toList())
            .stream()
            .collect(Collectors.groupingBy(UptakeStep::uptakeId));
    List<UptakeView> views = new ArrayList<>();
    for (Uptake u : uptakes) {
      boolean reuser = reuserSide(u);
      boolean inside = provider || reuser;
      String name =
          u.reuserLabId() != null
              ? labNames.get(u.reuserLabId())
              : organisationNames.get(u.reuserOrganisationId());
      List<UptakeView.Step> shown = steps(stepsOf.getOrDefault(u.id(), List.of()), u, inside);
      // Outsiders learn no times of the stages kept private: only those of the public steps.
      boolean timesShown = inside || shown.isEmpty();
      views.add(
          new UptakeView(
              u.id(),
              u.solutionId(),
              solutionName,
              inside || u.reuserPublic() ? u.reuserLabId() : null,
              inside || u.reuserPublic() ? u.reuserOrganisationId() : null,
              inside || u.reuserPublic() ? name : null,
              u.country(),
              u.region(),
              u.stage().code(),
              u.furthestStage().code(),
              u.visibleFrom() == null ? null : u.visibleFrom().code(),
              u.reuserPublic(),
              u.isPublic(),
              timesShown ? u.declaredAt() : shown.get(0).recordedAt(),
              timesShown ? u.updatedAt() : shown.get(shown.size() - 1).recordedAt(),
              u.demo(),
              u.version(),
              shown,
              provider,
              reuser));
    }
    return views;
  }

  /** Outsiders see the dates of the public stages only. */
  private static List<UptakeView.Step> steps(List<UptakeStep> all, Uptake u, boolean inside) {
    UptakeStage from = u.visibleFrom();
    return all.stream()
        .filter(
            s ->
                inside
                    || (s.kind() == UptakeStep.Kind.STAGE
                        && s.stage() != null
                        && from != null
                        && (s.stage() == UptakeStage.ENDED
                            || s.stage().ordinal() >= from.ordinal())))
        .map(
            s ->
                new UptakeView.Step(
                    s.kind().name().toLowerCase(Locale.ROOT),
                    s.stage() == null ? null : s.stage().code(),
                    s.effectiveOn(),
                    inside ? s.note() : null,
                    inside ? s.author() : null,
                    s.recordedAt()))
        .toList();
  }
}
