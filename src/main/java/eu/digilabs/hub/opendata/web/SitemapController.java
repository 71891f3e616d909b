package eu.digilabs.hub.opendata.web;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Export;
import eu.digilabs.hub.opendata.OpenDataExports;
import eu.digilabs.hub.opendata.OpenDataset;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.NotFound;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code robots.txt} and the sitemaps: an index at {@code /sitemap.xml} naming one sitemap per
 * dataset and page of {@value OpenDataExports#SITEMAP_ITEMS} items, each listing the item pages
 * visitors may see, with the time they last changed where the dataset knows it. Datasets whose rows
 * have no page of their own (only an API address) are left out.
 */
@RestController
class SitemapController {

  /** The most addresses a sitemap may hold (sitemaps.org). */
  static final int MOST_URLS = 50_000;

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

  private final OpenDataExports exports;
  private final String baseUrl;

  SitemapController(OpenDataExports exports, HubProperties hub) {
    this.exports = exports;
    this.baseUrl = hub.baseUrl();
  }

  @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
  String robots() {
    return """
        User-agent: *
        Disallow: /admin/
        Disallow: /profile
        Disallow: /agenda
        Disallow: /following
        Disallow: /members
        Disallow: /moderation
        Disallow: /*?translate=
        Allow: /

        Sitemap: %s/sitemap.xml
        """
        .formatted(baseUrl);
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<String> index() throws XMLStreamException {
    StringWriter text = new StringWriter();
    XMLStreamWriter xml = start(text, "sitemapindex");
    for (OpenDataset dataset : pagedDatasets()) {
      Export export = exports.export(dataset.name()).orElse(null);
      List<Long> sitemaps = export == null ? null : export.sitemaps();
      int pages = sitemaps == null ? 0 : sitemaps.size();
      for (int page = 0; page < pages; page++) {
        xml.writeStartElement("sitemap");
        element(xml, "loc", baseUrl + "/sitemaps/" + dataset.name() + "-" + (page + 1) + ".xml");
        element(xml, "lastmod", date(export.generated()));
        xml.writeEndElement();
      }
    }
    return end(xml, text);
  }

  @GetMapping("/sitemaps/{dataset}-{page:[0-9]+}.xml")
  ResponseEntity<String> sitemap(@PathVariable String dataset, @PathVariable int page)
      throws XMLStreamException {
    OpenDataset found =
        pagedDatasets().stream()
            .filter(d -> d.name().equals(dataset))
            .findFirst()
            .orElseThrow(() -> new NotFound("sitemap " + dataset));
    List<Long> sitemaps = exports.export(dataset).map(Export::sitemaps).orElse(null);
    if (page < 1 || sitemaps == null || page > sitemaps.size()) {
      throw new NotFound("sitemap page " + page);
    }
    int changed = timestampColumn(found.columns());
    StringWriter text = new StringWriter();
    XMLStreamWriter xml = start(text, "urlset");
    Set<String> seen = new HashSet<>();
    // The items after this sitemap's start up to the next one's (the last sitemap: all after it,
    // up to the protocol's limit), so that items published since the export have a sitemap too.
    Long until = page < sitemaps.size() ? sitemaps.get(page) : null;
    long after = sitemaps.get(page - 1);
    while (seen.size() < MOST_URLS) {
      OpenDataset.Batch batch = found.rows(after, OpenDataExports.SITEMAP_ITEMS);
      for (int i = 0; i < batch.rows().size(); i++) {
        List<@Nullable Object> row = batch.rows().get(i);
        String id = String.valueOf(row.get(0));
        boolean beyond = until != null && batch.keys().get(i) > until;
        if (beyond || seen.size() >= MOST_URLS || !seen.add(id)) {
          continue;
        }
        xml.writeStartElement("url");
        element(xml, "loc", baseUrl + found.rowPath().replace("{id}", id));
        if (changed >= 0 && row.get(changed) instanceof Instant instant) {
          element(xml, "lastmod", date(instant));
        }
        xml.writeEndElement();
      }
      boolean passedNext = until != null && batch.last() >= until;
      if (batch.items() < OpenDataExports.SITEMAP_ITEMS || passedNext) {
        break;
      }
      after = batch.last();
    }
    return end(xml, text);
  }

  private List<OpenDataset> pagedDatasets() {
    return exports.datasets().stream().filter(d -> !d.rowPath().startsWith("/api/")).toList();
  }

  private static int timestampColumn(List<Column> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == Column.Kind.TIMESTAMP) {
        return i;
      }
    }
    return -1;
  }

  private static XMLStreamWriter start(StringWriter text, String root) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(NS);
    return xml;
  }

  private static ResponseEntity<String> end(XMLStreamWriter xml, StringWriter text)
      throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return ResponseEntity.ok()
        .contentType(XML)
        .cacheControl(CacheControl.noCache())
        .body(text.toString());
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static String date(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
