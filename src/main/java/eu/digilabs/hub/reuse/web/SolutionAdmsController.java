package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.opendata.RdfFormat;
import eu.digilabs.hub.reuse.SolutionAdms;
import eu.digilabs.hub.shared.problems.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The solutions as ADMS-AP: {@code /solutions/adms} by {@code Accept} (Turtle, JSON-LD, RDF/XML),
 * or {@code /solutions/adms.ttl}, {@code .jsonld}, {@code .rdf}.
 */
@RestController
class SolutionAdmsController {

  private final SolutionAdms adms;

  SolutionAdmsController(SolutionAdms adms) {
    this.adms = adms;
  }

  @GetMapping("/solutions/adms")
  ResponseEntity<byte[]> negotiated(
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    return RdfFormat.accepted(accept).response(adms.model(), true);
  }

  @GetMapping("/solutions/adms.{ending:ttl|jsonld|rdf}")
  ResponseEntity<byte[]> file(@PathVariable String ending) {
    RdfFormat format = RdfFormat.ending(ending);
    if (format == null) {
      throw new NotFound("ADMS-AP format " + ending);
    }
    return format.response(adms.model(), false);
  }
}
