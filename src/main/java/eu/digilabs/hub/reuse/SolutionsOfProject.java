package eu.digilabs.hub.reuse;

import eu.digilabs.hub.projects.ProjectSolutions;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project pages' view of solutions: those naming a project, and those live for its services.
 */
@Component
@Transactional(readOnly = true)
class SolutionsOfProject implements ProjectSolutions {

  private final Solutions solutions;
  private final SolutionAccess access;
  private final SolutionViews views;

  SolutionsOfProject(Solutions solutions, SolutionAccess access, SolutionViews views) {
    this.solutions = solutions;
    this.access = access;
    this.views = views;
  }

  @Override
  public List<Row> of(long projectId) {
    List<Solution> found =
        solutions.forProject(projectId).stream()
            .filter(s -> s.published() || access.mayEdit(s.providerLabId()))
            .toList();
    return views.summaries(found).stream()
        .map(
            s ->
                new Row(
                    s.id(),
                    s.name(),
                    found.stream()
                        .filter(f -> f.id() == s.id())
                        .findFirst()
                        .map(f -> f.projects().getOrDefault(projectId, ""))
                        .orElse(""),
                    s.status(),
                    s.statesLive()))
        .toList();
  }

  @Override
  public List<Row> liveFor(Collection<Long> serviceIds) {
    if (serviceIds.isEmpty()) {
      return List.of();
    }
    return views.summaries(solutions.publishedForServices(serviceIds)).stream()
        .filter(s -> s.statesLive() > 0 || s.countriesLive() > 0)
        .map(s -> new Row(s.id(), s.name(), "", s.status(), s.statesLive()))
        .toList();
  }
}
