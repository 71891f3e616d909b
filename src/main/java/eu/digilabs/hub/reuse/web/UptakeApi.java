package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.reuse.UptakeCommands;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.reuse.UptakeView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the reuse pipeline: declaring interest in a solution, moving an uptake through its
 * stages (the provider), notes, and the reuser's choice of what is public.
 */
@RestController
@RequestMapping("/api/v1")
class UptakeApi {

  private final UptakeService uptakes;

  UptakeApi(UptakeService uptakes) {
    this.uptakes = uptakes;
  }

  /**
   * The uptakes of a solution: public ones, all for its provider, its own for a reuser. 200; 404.
   */
  @GetMapping("/solutions/{id}/uptakes")
  List<UptakeView> list(@PathVariable long id) {
    return uptakes.forSolution(id);
  }

  /**
   * Declares interest on behalf of a lab (the caller's) or an organisation. 201; 400 (not offered,
   * own solution, already declared, unknown reuser); 401; 403 not a member of the lab; 404.
   */
  @PostMapping("/solutions/{id}/uptakes")
  ResponseEntity<UptakeView> declare(
      @PathVariable long id, @Valid @RequestBody UptakeCommands.Declare declaration) {
    UptakeView created = uptakes.declare(id, declaration);
    return ResponseEntity.created(URI.create("/api/v1/uptakes/" + created.id())).body(created);
  }

  /** One uptake, if the caller may see it. 200; 404. */
  @GetMapping("/uptakes/{id}")
  UptakeView get(@PathVariable long id) {
    return uptakes.get(id);
  }

  /**
   * Moves an uptake to a stage (forward only; the reuser may only end it), with the {@code version}
   * it was read at. 200; 400 backwards or unknown stage; 401; 403; 404; 409 stale.
   */
  @PostMapping("/uptakes/{id}/stage")
  UptakeView move(@PathVariable long id, @Valid @RequestBody UptakeCommands.Move move) {
    return uptakes.move(id, move);
  }

  /** Adds the provider's answer or the reuser's note. 200; 400; 401; 403; 404. */
  @PostMapping("/uptakes/{id}/notes")
  UptakeView note(@PathVariable long id, @Valid @RequestBody UptakeCommands.Note note) {
    return uptakes.note(id, note);
  }

  /**
   * The reuser's choice of from which stage on the entry is public and whether it names them. 200;
   * 400; 401; 403 unless on the reuser's side; 404; 409 stale.
   */
  @PutMapping("/uptakes/{id}/visibility")
  UptakeView visibility(
      @PathVariable long id, @Valid @RequestBody UptakeCommands.Visibility visibility) {
    return uptakes.visibility(id, visibility);
  }
}
