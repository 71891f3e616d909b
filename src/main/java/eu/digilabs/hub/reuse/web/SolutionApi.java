package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.projects.ChangeView;
import eu.digilabs.hub.reuse.SolutionCommand;
import eu.digilabs.hub.reuse.SolutionEditing;
import eu.digilabs.hub.reuse.SolutionFilter;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.SolutionSummary;
import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for solutions offered for reuse. Visitors see published ones; writes need a token of an
 * editor of the provider lab (or an admin's for an organisation's solution).
 */
@RestController
@RequestMapping("/api/v1")
class SolutionApi {

  private final SolutionService solutions;
  private final SolutionEditing editing;

  SolutionApi(SolutionService solutions, SolutionEditing editing) {
    this.solutions = solutions;
    this.editing = editing;
  }

  /**
   * Published solutions matching every given filter, newest change first; {@code licence} is a
   * licence family or {@code open-source}. 200; 400 for a malformed parameter.
   */
  @GetMapping("/solutions")
  PageResponse<SolutionSummary> list(
      @ParameterObject SolutionFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(solutions.list(filter, page, size));
  }

  /** One solution; drafts only for its provider's editors. 200; 404. */
  @GetMapping("/solutions/{id}")
  SolutionView get(@PathVariable long id) {
    return solutions.get(id);
  }

  /** Who changed what when. 200; 404. */
  @GetMapping("/solutions/{id}/history")
  List<ChangeView> history(@PathVariable long id) {
    return solutions.history(id);
  }

  /** Creates a draft. 201; 400; 401; 403 unless an editor of the provider lab. */
  @PostMapping("/solutions")
  ResponseEntity<SolutionView> create(@Valid @RequestBody SolutionCommand solution) {
    SolutionView created = editing.create(solution);
    return ResponseEntity.created(URI.create("/api/v1/solutions/" + created.id())).body(created);
  }

  /**
   * Changes a solution; the body carries the {@code version} it was read at. 200; 400; 401; 403;
   * 404; 409 stale version.
   */
  @PutMapping("/solutions/{id}")
  SolutionView update(@PathVariable long id, @Valid @RequestBody SolutionCommand solution) {
    Long version = solution.version();
    if (version == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return editing.update(id, version, solution);
  }

  /** Publishes a draft. 200; 401; 403; 404. */
  @PostMapping("/solutions/{id}/publish")
  SolutionView publish(@PathVariable long id) {
    return editing.publish(id);
  }

  /** Takes a solution back to draft. 200; 401; 403; 404. */
  @PostMapping("/solutions/{id}/unpublish")
  SolutionView unpublish(@PathVariable long id) {
    return editing.unpublish(id);
  }

  /** Deletes a solution. 204; 401; 403; 404; 409 once someone's uptake went past interest. */
  @DeleteMapping("/solutions/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    editing.delete(id);
    return ResponseEntity.noContent().build();
  }

  /**
   * Every published solution for a public service (or the entries below it), side by side. 200; 404
   * for an unknown service.
   */
  @GetMapping("/services/{serviceId}/solutions")
  SolutionService.Comparison comparison(@PathVariable long serviceId) {
    return solutions.comparison(serviceId);
  }
}
