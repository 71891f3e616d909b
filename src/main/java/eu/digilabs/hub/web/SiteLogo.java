package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.NotFound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the configured logo ({@code hub.site.logo}) if it is a PNG or JPEG file. */
@Controller
class SiteLogo {

  private final Site site;
  private final Path dataDir;

  SiteLogo(Site site, HubProperties hub) {
    this.site = site;
    this.dataDir = hub.dataPath();
  }

  @GetMapping("/site/logo")
  ResponseEntity<byte[]> logo() throws IOException {
    if (site.logo() == null) {
      throw new NotFound("No logo is configured.");
    }
    Path file = dataDir.resolve(site.logo());
    if (!Files.isRegularFile(file)) {
      throw new NotFound("The configured logo file is missing.");
    }
    byte[] bytes = Files.readAllBytes(file);
    String type =
        Uploads.imageType(bytes)
            .orElseThrow(() -> new NotFound("The configured logo is no PNG or JPEG image."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("image/" + type))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .body(bytes);
  }
}
