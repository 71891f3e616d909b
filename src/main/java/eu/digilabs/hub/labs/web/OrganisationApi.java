package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.OrganisationCommand;
import eu.digilabs.hub.labs.OrganisationView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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

/** REST API for organisations. Members may add them; only admins change or delete them. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApi {

  private final LabService labs;

  OrganisationApi(LabService labs) {
    this.labs = labs;
  }

  /** Organisations matching the filters, by name. 200. */
  @GetMapping
  PageResponse<OrganisationView> list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(
        labs.organisations(
            q, country, type, PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)))));
  }

  /** One organisation. 200; 404. */
  @GetMapping("/{id}")
  OrganisationView get(@PathVariable long id) {
    return labs.organisation(id);
  }

  /** Adds an organisation. 201; 400; 401. */
  @PostMapping
  ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationCommand organisation) {
    OrganisationView created = labs.createOrganisation(organisation);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
        .body(created);
  }

  /** Changes an organisation. 200; 400; 401; 403 unless admin; 404; 409 stale version. */
  @PutMapping("/{id}")
  OrganisationView update(
      @PathVariable long id, @Valid @RequestBody OrganisationCommand organisation) {
    if (organisation.version() == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return labs.updateOrganisation(id, organisation.version(), organisation);
  }

  /** Deletes an organisation. 204; 401; 403 unless admin; 404; 409 while it hosts a lab. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    labs.deleteOrganisation(id);
    return ResponseEntity.noContent().build();
  }
}
