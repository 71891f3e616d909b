package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabLinks;
import eu.digilabs.hub.labs.LabLogos;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.labs.LinkRequests;
import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

/** REST API for labs. Writes need a personal token: {@code Authorization: Bearer <token>}. */
@RestController
@RequestMapping("/api/v1/labs")
class LabApi {

  private final LabService labs;
  private final LinkRequests links;

  LabApi(LabService labs, LinkRequests links) {
    this.labs = labs;
    this.links = links;
  }

  /**
   * Labs matching the filters, by name, without contact addresses (members use the contact form; a
   * lab's editors read its address with GET one). 200; 400 for a bad parameter.
   */
  @GetMapping
  PageResponse<LabView> list(
      @ParameterObject LabFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(
        labs.list(
            filter,
            PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)), Sort.by("name"))));
  }

  /** One lab; its contact address only for its editors. 200; 404 if there is none. */
  @GetMapping("/{id}")
  LabView get(@PathVariable long id) {
    return labs.shown(id);
  }

  /** Creates a lab; the creator becomes its editor. 201; 400 invalid input; 401 without token. */
  @PostMapping
  ResponseEntity<LabView> create(@Valid @RequestBody LabCommand lab) {
    LabView created = labs.create(lab);
    return ResponseEntity.created(URI.create("/api/v1/labs/" + created.id())).body(created);
  }

  /**
   * Changes a lab; the body carries the {@code version} it was read at. 200; 400 invalid input; 401
   * without token; 403 not an editor of this lab; 404; 409 stale version.
   */
  @PutMapping("/{id}")
  LabView update(@PathVariable long id, @Valid @RequestBody LabCommand lab) {
    if (lab.version() == null) {
      throw new InvalidInput("version", "validation.versionRequired");
    }
    return labs.update(id, lab.version(), lab);
  }

  /**
   * Links to the lab waiting for its editors (a project naming it as partner, say); empty for
   * anyone but its editors and admins. 200; 404.
   */
  @GetMapping("/{id}/links")
  List<LabLinks.Request> links(@PathVariable long id) {
    labs.get(id);
    return links.pendingFor(id);
  }

  /** Accepts a waiting link: it is shown from now on. 204; 401; 403 not an editor; 404. */
  @PostMapping("/{id}/links/{kind}/{requestId}/accept")
  ResponseEntity<Void> acceptLink(
      @PathVariable long id, @PathVariable String kind, @PathVariable long requestId) {
    links.accept(id, kind, requestId);
    return ResponseEntity.noContent().build();
  }

  /** Declines a waiting link: it is dropped. 204; 401; 403 not an editor; 404. */
  @PostMapping("/{id}/links/{kind}/{requestId}/decline")
  ResponseEntity<Void> declineLink(
      @PathVariable long id, @PathVariable String kind, @PathVariable long requestId) {
    links.decline(id, kind, requestId);
    return ResponseEntity.noContent().build();
  }

  /** Archives a lab (it stays readable, inactive). 200; 401; 403; 404. */
  @DeleteMapping("/{id}")
  LabView archive(@PathVariable long id) {
    return labs.archive(id);
  }

  /** Replaces the logo with the PNG or JPEG in the body. 200; 401; 403; 404; 413 over 2 MB; 415. */
  @PutMapping(
      value = "/{id}/logo",
      consumes = {
        MediaType.IMAGE_PNG_VALUE,
        MediaType.IMAGE_JPEG_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE
      })
  ResponseEntity<?> logo(@PathVariable long id, @RequestBody byte[] image) {
    if (image.length > LabLogos.MAX_BYTES) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.CONTENT_TOO_LARGE, "A logo may have at most 2 MB."));
    }
    if (Uploads.imageType(image).isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A logo must be a PNG or JPEG image."));
    }
    return ResponseEntity.ok(labs.logo(id, image));
  }
}
