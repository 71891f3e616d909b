package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.HeldLinks;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project of another lab named by a solution waits for an editor of the project's lead lab,
 * unless the provider lab leads it or the saving person edits that lab; accepted, the solution
 * names the project (and shows on its page), declined, the request is dropped.
 */
@Component
@Transactional(readOnly = true)
class SolutionProjectLinks extends HeldLinks<SolutionProjectRequest> {

  static final String KIND = "solution-project";

  private final Solutions solutions;
  private final SolutionProjectRequests requests;
  private final ProjectQueries projects;
  private final ApplicationEventPublisher events;

  SolutionProjectLinks(
      Solutions solutions,
      SolutionProjectRequests requests,
      ProjectQueries projects,
      Rights rights,
      ApplicationEventPublisher events) {
    super(requests, rights);
    this.solutions = solutions;
    this.requests = requests;
    this.projects = projects;
    this.events = events;
  }

  /** After a save: newly named projects of other labs wait for those labs' editors. */
  @Transactional
  void hold(Solution solution, Map<Long, String> before) {
    List<Map.Entry<Long, String>> added =
        solution.projects().entrySet().stream()
            .filter(e -> !before.containsKey(e.getKey()))
            .toList();
    for (Map.Entry<Long, String> link : added) {
      long project = link.getKey();
      Long lead = projects.get(project).leadLabId();
      if (lead == null || Objects.equals(lead, solution.providerLabId()) || editsLab(lead)) {
        continue;
      }
      solution.unlinkProject(project);
      if (!requests.existsBySolutionIdAndProjectId(solution.id(), project)) {
        requests.save(
            new SolutionProjectRequest(solution.id(), lead, project, link.getValue(), requester()));
      }
    }
  }

  @Override
  public boolean handles(String kind) {
    return KIND.equals(kind);
  }

  @Override
  protected Map<Long, String> titles(Collection<Long> solutionIds) {
    Map<Long, String> titles = new HashMap<>();
    solutions.findAllById(solutionIds).forEach(s -> titles.put(s.id(), s.name()));
    return titles;
  }

  @Override
  protected String kindOf(SolutionProjectRequest request) {
    return KIND;
  }

  @Override
  protected String pathOf(long solutionId) {
    return "/solutions/" + solutionId;
  }

  @Override
  protected void link(long labId, SolutionProjectRequest request) {
    Solution solution =
        solutions
            .findById(request.contentId())
            .orElseThrow(() -> new NotFound("No solution " + request.contentId() + "."));
    solution.linkProject(request.projectId(), request.role());
    if (solution.published()) {
      events.publishEvent(new PublishedSolutionChanged(solution.id()));
    }
  }
}
