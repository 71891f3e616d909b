package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.projects.ChangeView;
import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectSummary;
import eu.digilabs.hub.projects.ProjectView;
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

/** REST API for projects and cases. Visitors see published ones; writes need an editor's token. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApi {

  private final ProjectService projects;

  ProjectApi(ProjectService projects) {
    this.projects = projects;
  }

  /**
   * Published projects matching every given filter; {@code sort} is newest, title or start. 200;
   * 400 for a malformed parameter.
   */
  @GetMapping
  PageResponse<ProjectSummary> list(
      @ParameterObject ProjectFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(projects.list(filter, page, size));
  }

  /** One project; drafts only for its editors. 200; 404. */
  @GetMapping("/{id}")
  ProjectView get(@PathVariable long id) {
    return projects.get(id);
  }

  /** Who changed what when. 200; 404. */
  @GetMapping("/{id}/history")
  List<ChangeView> history(@PathVariable long id) {
    return projects.history(id);
  }

  /** Creates a draft for the lead lab. 201; 400; 401; 403 unless an editor of the lead lab. */
  @PostMapping
  ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectCommand project) {
    ProjectView created = projects.create(project);
    return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
  }

  /**
   * Changes a project; the body carries the {@code version} it was read at. 200; 400; 401; 403;
   * 404; 409 stale version.
   */
  @PutMapping("/{id}")
  ProjectView update(@PathVariable long id, @Valid @RequestBody ProjectCommand project) {
    if (project.version() == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return projects.update(id, project.version(), project);
  }

  /** Publishes a draft. 200; 401; 403; 404. */
  @PostMapping("/{id}/publish")
  ProjectView publish(@PathVariable long id) {
    return projects.publish(id);
  }

  /** Takes a project back to draft. 200; 401; 403; 404. */
  @PostMapping("/{id}/unpublish")
  ProjectView unpublish(@PathVariable long id) {
    return projects.unpublish(id);
  }

  /** Deletes a project. 204; 401; 403; 404. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    projects.delete(id);
    return ResponseEntity.noContent().build();
  }
}
