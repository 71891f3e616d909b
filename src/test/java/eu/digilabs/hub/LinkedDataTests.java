package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.opendata.OpenDataExports;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and link previews read of the hub: schema.org data of the right type with the
 * properties its type requires on every kind of detail page, a description and OpenGraph tags on
 * every page, robots.txt and sitemaps that list the pages visitors may see.
 */
@HubTest
class LinkedDataTests {

  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired OpenDataExports exports;

  String body(String path) throws Exception {
    return mvc.perform(get(path).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  JsonNode api(String path) throws Exception {
    return json.readTree(body(path));
  }

  JsonNode linkedData(String path) throws Exception {
    String html = body(path);
    Matcher found = JSON_LD.matcher(html);
    assertThat(found.find()).as("JSON-LD on " + path).isTrue();
    JsonNode data = json.readTree(found.group(1));
    assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(html)
        .as(path)
        .contains(
            "<meta name=\"description\" content=\"",
            "<meta property=\"og:title\"",
            "<meta property=\"og:url\" content=\"http://localhost:8080" + path + "\"",
            "<link rel=\"canonical\"");
    return data;
  }

  static void has(JsonNode data, String... properties) {
    for (String property : properties) {
      JsonNode value = data.at("/" + property.replace('.', '/'));
      assertThat(value.isMissingNode() || value.isNull() || value.asString("x").isBlank())
          .as(data.get("@type") + " has " + property)
          .isFalse();
    }
  }

  @Test
  void everyKindOfDetailPageCarriesSchemaOrgDataOfItsType() throws Exception {
    long lab = api("/api/v1/labs?size=1").get("items").get(0).get("id").asLong();
    JsonNode labData = linkedData("/labs/" + lab);
    assertThat(labData.get("@type").asString())
        .isIn("GovernmentOrganization", "ResearchOrganization");
    has(labData, "name", "url", "address.addressCountry");
    assertThat(labData.has("email")).as("never a contact address").isFalse();

    long project = api("/api/v1/projects?size=1").get("items").get(0).get("id").asLong();
    JsonNode projectData = linkedData("/projects/" + project);
    assertThat(projectData.get("@type").asString()).isEqualTo("Project");
    has(projectData, "name", "url", "description");

    long solution = api("/api/v1/solutions?size=1").get("items").get(0).get("id").asLong();
    JsonNode solutionData = linkedData("/solutions/" + solution);
    assertThat(solutionData.get("@type").asString()).isEqualTo("SoftwareApplication");
    has(solutionData, "name", "url", "applicationCategory", "provider.name");

    long article = api("/api/v1/articles?size=1").get("items").get(0).get("id").asLong();
    JsonNode articleData = linkedData("/articles/" + article);
    assertThat(articleData.get("@type").asString()).isEqualTo("Article");
    has(articleData, "headline", "url", "datePublished", "dateModified", "publisher.name");
    assertThat(articleData.get("headline").asString().length()).isLessThanOrEqualTo(110);

    String course = api("/api/v1/courses").get(0).get("code").asString();
    JsonNode courseData = linkedData("/courses/" + course);
    assertThat(courseData.get("@type").asString()).isEqualTo("Course");
    has(courseData, "name", "description", "url", "provider.name");

    String method = api("/api/v1/methods").get(0).get("code").asString();
    JsonNode methodData = linkedData("/methods/" + method);
    assertThat(methodData.get("@type").asString()).isEqualTo("HowTo");
    has(methodData, "name", "url", "step.0.text");
    assertThat(methodData.get("step").get(0).get("@type").asString()).isEqualTo("HowToStep");

    long event = api("/api/v1/events?when=past&size=1").get("items").get(0).get("id").asLong();
    JsonNode eventData = linkedData("/events/" + event);
    assertThat(eventData.get("@type").asString()).isEqualTo("Event");
    has(eventData, "name", "startDate", "location", "eventAttendanceMode");
  }

  @Test
  void everyPageHasADescriptionAndOpenGraphTags() throws Exception {
    for (String path : List.of("/", "/projects", "/labs", "/search?q=chatbot", "/open-data")) {
      assertThat(body(path))
          .as(path)
          .contains(
              "<meta name=\"description\" content=\"Digilabs Hub",
              "<meta property=\"og:title\"",
              "<meta property=\"og:type\" content=\"website\"",
              "<meta property=\"og:site_name\" content=\"Digilabs Hub\"");
    }
  }

  @Test
  void robotsAndSitemapsListThePagesVisitorsMaySee() throws Exception {
    exports.refresh();
    assertThat(body("/robots.txt"))
        .contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /admin/");
    Document index = xml(body("/sitemap.xml"));
    List<String> sitemaps = texts(index.getElementsByTagNameNS(NS, "loc"));
    assertThat(sitemaps)
        .contains(
            "http://localhost:8080/sitemaps/projects-1.xml",
            "http://localhost:8080/sitemaps/labs-1.xml",
            "http://localhost:8080/sitemaps/articles-1.xml")
        .noneMatch(address -> address.contains("organisations"));
    List<String> projects =
        texts(xml(body("/sitemaps/projects-1.xml")).getElementsByTagNameNS(NS, "loc"));
    long published = api("/api/v1/projects").get("total").asLong();
    assertThat(projects).hasSize((int) published).allMatch(p -> p.matches(".*/projects/\\d+"));
    for (String address : projects.subList(0, Math.min(3, projects.size()))) {
      mvc.perform(get(address.substring("http://localhost:8080".length())))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/sitemaps/nothing-1.xml")).andExpect(status().isNotFound());
  }

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
