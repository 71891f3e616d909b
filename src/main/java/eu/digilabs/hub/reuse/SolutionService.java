package eu.digilabs.hub.reuse;

import eu.digilabs.hub.projects.ChangeView;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading solutions: the list with its filters, one solution (drafts for their provider's editors
 * only), its history, the solutions of a project, and the comparison of every solution for one
 * public service. Writes are in {@link SolutionEditing}.
 */
@Service
@Transactional(readOnly = true)
public class SolutionService {

  private final Solutions solutions;
  private final SolutionAccess access;
  private final SolutionViews views;
  private final SolutionHistory history;
  private final Catalogue catalogue;

  SolutionService(
      Solutions solutions,
      SolutionAccess access,
      SolutionViews views,
      SolutionHistory history,
      Catalogue catalogue) {
    this.solutions = solutions;
    this.access = access;
    this.views = views;
    this.history = history;
    this.catalogue = catalogue;
  }

  /** Published solutions matching every filter, newest change first. */
  public Page<SolutionSummary> list(SolutionFilter filter, int page, int size) {
    PageRequest request =
        PageRequest.of(
            Math.max(page, 0), Math.max(1, Math.min(size, 100)), SolutionSpecifications.NEWEST);
    return views.summaries(solutions.findAll(SolutionSpecifications.published(filter), request));
  }

  public SolutionView get(long id) {
    return views.view(access.visible(id));
  }

  public boolean mayEdit(SolutionView solution) {
    return access.mayEdit(solution.providerLabId());
  }

  public List<ChangeView> history(long id) {
    access.visible(id);
    return history.of(id);
  }

  public List<Long> publishedIds() {
    return solutions.publishedIds();
  }

  /** Solutions that name the project, as far as the viewer may see them. */
  public List<SolutionSummary> forProject(long projectId) {
    return views.summaries(
        solutions.forProject(projectId).stream()
            .filter(s -> s.published() || access.mayEdit(s.providerLabId()))
            .toList());
  }

  /** A lab's solutions; drafts only for its editors. */
  public List<SolutionSummary> forLab(long labId) {
    boolean editor = access.mayEdit(labId);
    return views.summaries(
        solutions.findByProviderLabIdOrderByName(labId).stream()
            .filter(s -> s.published() || editor)
            .toList());
  }

  /**
   * Every published solution that covers the public service, or a LeiKa entry or OZG service within
   * it, side by side. An unknown service is not found.
   */
  public Comparison comparison(long serviceId) {
    List<ServiceView> found = catalogue.find(List.of(serviceId));
    if (found.isEmpty()) {
      throw new NotFound("Service " + serviceId);
    }
    List<SolutionSummary> rows =
        views.summaries(solutions.publishedForServices(catalogue.within(serviceId)));
    return new Comparison(found.get(0), rows);
  }

  /** The solutions for one public service. */
  public record Comparison(ServiceView service, List<SolutionSummary> solutions) {}
}
