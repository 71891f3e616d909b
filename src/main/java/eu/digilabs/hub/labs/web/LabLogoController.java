package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.labs.LabLogos;
import eu.digilabs.hub.shared.problems.NotFound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A lab's logo as the image file it was uploaded as, cached by browsers for an hour. */
@Controller
class LabLogoController {

  private final LabLogos logos;

  LabLogoController(LabLogos logos) {
    this.logos = logos;
  }

  @GetMapping("/labs/{id}/logo")
  ResponseEntity<FileSystemResource> logo(@PathVariable long id) throws IOException {
    Map.Entry<Path, String> file = logos.file(id).orElseThrow(() -> new NotFound("Logo"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getValue()))
        .contentLength(Files.size(file.getKey()))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .body(new FileSystemResource(file.getKey()));
  }
}
