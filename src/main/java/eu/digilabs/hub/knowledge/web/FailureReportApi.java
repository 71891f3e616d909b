package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.FailureReportView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
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
 * REST API for failure reports. Anonymous reports carry no author, lab or project for anyone but
 * their author and admins.
 */
@RestController
@RequestMapping("/api/v1/failure-reports")
class FailureReportApi {

  private final FailureReportService reports;

  FailureReportApi(FailureReportService reports) {
    this.reports = reports;
  }

  /** Published reports, newest first, by {@code cause} and {@code phase}. 200. */
  @GetMapping
  PageResponse<FailureReportView> list(
      @RequestParam(required = false) String cause,
      @RequestParam(required = false) String phase,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(reports.list(cause, phase, page, size));
  }

  /** Counts by cause and phase. 200. */
  @GetMapping("/lessons")
  FailureReportService.Lessons lessons() {
    return reports.lessons();
  }

  /** One report; unpublished only for its author and admins. 200; 404. */
  @GetMapping("/{id}")
  FailureReportView get(@PathVariable long id) {
    return reports.get(id);
  }

  /** Creates an unpublished report by the caller. 201; 400; 401. */
  @PostMapping
  ResponseEntity<FailureReportView> create(@Valid @RequestBody FailureReportCommand command) {
    FailureReportView created = reports.create(command);
    return ResponseEntity.created(URI.create("/api/v1/failure-reports/" + created.id()))
        .body(created);
  }

  /** Changes a report from the {@code version} read. 200; 400; 401; 403; 404; 409. */
  @PutMapping("/{id}")
  FailureReportView update(
      @PathVariable long id, @Valid @RequestBody FailureReportCommand command) {
    if (command.version() == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return reports.update(id, command.version(), command);
  }

  /** Publishes. 200; 401; 403; 404. */
  @PostMapping("/{id}/publish")
  FailureReportView publish(@PathVariable long id) {
    return reports.publish(id, true);
  }

  /** Takes back (author, or admins moderating). 200; 401; 403; 404. */
  @PostMapping("/{id}/unpublish")
  FailureReportView unpublish(@PathVariable long id) {
    return reports.publish(id, false);
  }

  /** Deletes. 204; 401; 403; 404. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    reports.delete(id);
    return ResponseEntity.noContent().build();
  }
}
