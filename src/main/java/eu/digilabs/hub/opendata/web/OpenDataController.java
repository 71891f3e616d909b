package eu.digilabs.hub.opendata.web;

import eu.digilabs.hub.opendata.DcatCatalogue;
import eu.digilabs.hub.opendata.Export;
import eu.digilabs.hub.opendata.OpenDataExports;
import eu.digilabs.hub.opendata.OpenDataProperties;
import eu.digilabs.hub.opendata.RdfFormat;
import eu.digilabs.hub.shared.problems.NotFound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;

/**
 * The open data page, its files and the DCAT-AP catalogue. The catalogue speaks Turtle, JSON-LD and
 * RDF/XML, chosen by {@code Accept} at {@code /catalog} or by the file ending.
 */
@Controller
class OpenDataController {

  private final OpenDataExports exports;
  private final DcatCatalogue catalogue;
  private final OpenDataProperties settings;

  OpenDataController(
      OpenDataExports exports, DcatCatalogue catalogue, OpenDataProperties settings) {
    this.exports = exports;
    this.catalogue = catalogue;
    this.settings = settings;
  }

  @GetMapping("/open-data")
  String page(Model model) {
    model.addAttribute(
        "datasets",
        exports.datasets().stream()
            .map(d -> new DatasetRow(d.name(), exports.export(d.name()).orElse(null)))
            .toList());
    model.addAttribute("licenceUrl", settings.licenceUrl());
    model.addAttribute("licenceName", settings.licenceName());
    return "opendata/index";
  }

  /** A file of an export; 304 when the client holds the same (by SHA-256 or date). */
  @GetMapping("/open-data/{file:.+}")
  ResponseEntity<Resource> file(@PathVariable String file, WebRequest request) throws IOException {
    OpenDataExports.Download download =
        exports.download(file).orElseThrow(() -> new NotFound("open data file"));
    Path path = download.path();
    Export.File facts = download.file();
    long modified = Files.getLastModifiedTime(path).toMillis();
    String etag = "\"" + facts.sha256() + "\"";
    if (request.checkNotModified(etag, modified)) {
      return ResponseEntity.status(304).eTag(etag).lastModified(modified).build();
    }
    MediaType type = MediaType.parseMediaType(facts.format().mediaType());
    if (type.getType().equals("text") || type.getSubtype().contains("json")) {
      type = new MediaType(type, StandardCharsets.UTF_8);
    }
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(Files.size(path))
        .eTag(etag)
        .lastModified(modified)
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(new FileSystemResource(path));
  }

  @GetMapping("/catalog")
  ResponseEntity<byte[]> catalog(
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    return rdf(RdfFormat.accepted(accept), true);
  }

  @GetMapping("/catalog.{ending:ttl|jsonld|rdf}")
  ResponseEntity<byte[]> catalogFile(@PathVariable String ending) {
    for (RdfFormat format : RdfFormat.values()) {
      if (format.ending().equals(ending)) {
        return rdf(format, false);
      }
    }
    throw new NotFound("catalogue format");
  }

  private ResponseEntity<byte[]> rdf(RdfFormat format, boolean negotiated) {
    return format.response(catalogue.model(), negotiated);
  }
}
