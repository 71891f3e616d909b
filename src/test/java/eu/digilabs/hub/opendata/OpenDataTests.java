package eu.digilabs.hub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestData;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as a re-user gets it: every dataset downloadable in four formats, holding what the
 * API lists and nothing a visitor may not see, and a DCAT-AP catalogue that the SEMIC shapes accept
 * in all three RDF formats.
 */
@HubTest
class OpenDataTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired OpenDataExports exports;
  @Autowired JsonMapper json;

  byte[] download(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  long apiTotal(String path) throws Exception {
    return json.readTree(download(path)).get("total").asLong();
  }

  List<CSVRecord> csv(String file, char delimiter) throws Exception {
    byte[] bytes = download("/open-data/" + file);
    assertThat(bytes[0] & 0xff).as("UTF-8 byte order mark").isEqualTo(0xEF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void everyDatasetHoldsWhatTheApiListsInEveryFormat() throws Exception {
    exports.refresh();
    assertThat(exports.datasets())
        .extracting(OpenDataset::name)
        .contains(
            "projects",
            "labs",
            "organisations",
            "solutions",
            "events",
            "failure-reports",
            "public-services",
            "method-cards");
    String[][] datasetsAndLists = {
      {"projects", "/api/v1/projects"},
      {"labs", "/api/v1/labs"},
      {"organisations", "/api/v1/organisations"},
      {"solutions", "/api/v1/solutions"},
      {"failure-reports", "/api/v1/failure-reports"}
    };
    for (String[] pair : datasetsAndLists) {
      long listed = apiTotal(pair[1]);
      Export export = exports.export(pair[0]).orElseThrow();
      assertThat(export.rows()).as(pair[0]).isEqualTo(listed);
      assertThat(csv(pair[0] + ".csv", ',')).as(pair[0] + " CSV").hasSize((int) listed);
      assertThat(csv(pair[0] + ".semicolon.csv", ';')).as(pair[0] + " CSV ;").hasSize((int) listed);
      JsonNode items = json.readTree(download("/open-data/" + pair[0] + ".json")).get("items");
      assertThat(items.size()).as(pair[0] + " JSON").isEqualTo(listed);
      Model linked = ModelFactory.createDefaultModel();
      RDFDataMgr.read(
          linked,
          new ByteArrayInputStream(download("/open-data/" + pair[0] + ".jsonld")),
          Lang.JSONLD);
      assertThat(
              linked
                  .listSubjectsWithProperty(
                      org.apache.jena.vocabulary.RDF.type,
                      linked.createResource(
                          context.getBeansOfType(OpenDataset.class).values().stream()
                              .filter(d -> d.name().equals(pair[0]))
                              .findFirst()
                              .orElseThrow()
                              .rowType()))
                  .toList())
          .as(pair[0] + " JSON-LD")
          .hasSize((int) listed);
    }
    assertThat(exports.export("method-cards").orElseThrow().rows()).isPositive();
    assertThat(exports.export("public-services").orElseThrow().files()).hasSize(4);
  }

  @Test
  void filesNameTheirLicenceAndAnswerConditionalRequests() throws Exception {
    exports.refresh();
    List<CSVRecord> rows = csv("labs.csv", ',');
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).get("licence"))
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(json.readTree(download("/open-data/labs.json")).get("licence").asString())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    Export.File file = exports.export("labs").orElseThrow().file("labs.json").orElseThrow();
    mvc.perform(get("/open-data/labs.json"))
        .andExpect(header().string("ETag", "\"" + file.sha256() + "\""))
        .andExpect(header().longValue("Content-Length", file.bytes()));
    mvc.perform(get("/open-data/labs.json").header("If-None-Match", "\"" + file.sha256() + "\""))
        .andExpect(status().isNotModified());
    mvc.perform(get("/open-data/labs.manifest.json")).andExpect(status().isNotFound());
    mvc.perform(get("/open-data/../application.properties")).andExpect(status().is4xxClientError());
  }

  @Test
  void aNewProjectAppearsAtTheNextCheckAndDraftsAndAnonymityStayHidden() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "od-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Datenlabor " + suffix, editor);
    exports.refresh();
    long before = exports.export("projects").orElseThrow().rows();

    long published =
        TestContent.publishedProject(context, Fixtures.project("Offen " + suffix, lab, List.of()));
    long report =
        TestContent.publishedReport(
            context,
            new FailureReportCommand(
                "Anonym " + suffix,
                "Tried",
                "Went wrong",
                List.of("other"),
                null,
                null,
                null,
                null,
                lab,
                null,
                "de",
                true,
                null));
    exports.refresh();

    assertThat(exports.export("projects").orElseThrow().rows()).isEqualTo(before + 1);
    String projects = new String(download("/open-data/projects.json"), StandardCharsets.UTF_8);
    assertThat(projects).contains("Offen " + suffix);
    JsonNode row = null;
    for (JsonNode item : json.readTree(download("/open-data/failure-reports.json")).get("items")) {
      if (item.get("id").asLong() == report) {
        row = item;
      }
    }
    assertThat(row).as("the anonymous report is exported").isNotNull();
    assertThat(row.get("labId").isNull()).isTrue();
    assertThat(row.has("author")).as("no report names a person").isFalse();
    assertThat(row.get("anonymous").asBoolean()).isTrue();
    assertThat(published).isPositive();
  }

  @Test
  void apiListsAnswerNotModifiedUntilTheyChange() throws Exception {
    String etag =
        mvc.perform(get("/api/v1/projects"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    assertThat(etag).isNotBlank();
    mvc.perform(get("/api/v1/projects").header("If-None-Match", etag))
        .andExpect(status().isNotModified());
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "etag-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Etag-Labor " + suffix, editor);
    TestContent.publishedProject(context, Fixtures.project("Neu " + suffix, lab, List.of()));
    mvc.perform(get("/api/v1/projects").header("If-None-Match", etag))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)));
  }

  @Test
  void theCatalogueIsValidDcatApInEveryFormat() throws Exception {
    exports.refresh();
    Shapes shapes =
        Shapes.parse(RDFDataMgr.loadGraph(TestData.path("dcat-ap/dcat-ap-SHACL.ttl").toString()));
    Model turtle = catalogue("text/turtle", Lang.TURTLE);
    ValidationReport report = ShaclValidator.get().validate(shapes, turtle.getGraph());
    assertThat(
            report.getEntries().stream()
                .filter(entry -> entry.severity() == Severity.Violation)
                .map(entry -> entry.resultPath() + ": " + entry.message())
                .distinct()
                .toList())
        .isEmpty();
    assertThat(
            turtle
                .listSubjectsWithProperty(
                    org.apache.jena.vocabulary.RDF.type,
                    org.apache.jena.vocabulary.DCAT.Distribution)
                .toList())
        .hasSize(exports.datasets().size() * Export.Format.values().length);
    assertThat(catalogue("application/ld+json", Lang.JSONLD).isIsomorphicWith(turtle)).isTrue();
    assertThat(catalogue("application/rdf+xml", Lang.RDFXML).isIsomorphicWith(turtle)).isTrue();
    Model file = ModelFactory.createDefaultModel();
    RDFDataMgr.read(file, new ByteArrayInputStream(download("/catalog.jsonld")), Lang.JSONLD);
    assertThat(file.isIsomorphicWith(turtle)).isTrue();
  }

  Model catalogue(String accept, Lang lang) throws Exception {
    byte[] body =
        mvc.perform(get("/catalog").header("Accept", accept))
            .andExpect(status().isOk())
            .andExpect(header().string("Vary", "Accept"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, new ByteArrayInputStream(body), lang);
    return model;
  }

  @Test
  void theDownloadPageListsEveryDatasetInTheReadersLanguage() throws Exception {
    exports.refresh();
    String page =
        mvc.perform(get("/open-data").header("Accept-Language", "de"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "Offene Daten",
            "Projekte und Fälle",
            "Fehlerberichte",
            "/open-data/projects.csv",
            "/open-data/projects.semicolon.csv",
            "/catalog.ttl",
            "CC BY 4.0");
  }
}
