package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.search.SearchService.Ranking;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Language-aware matching (French, Estonian, German compounds, typos) and matching by meaning
 * (hybrid ranking, similar items), over projects written for these tests.
 */
@HubTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingTests {

  @Autowired SearchService search;
  @Autowired SimilarItems similar;
  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  long floodLab;
  long otherLab;
  long drones;
  long sensors;
  long chatbot;

  @BeforeAll
  void seedContent() {
    floodLab = TestContent.lab(context, Fixtures.lab("Hochwasserlabor Testland"));
    otherLab = TestContent.lab(context, Fixtures.lab("Rettungslabor Nordküste"));
    drones =
        seed(
            "Drones watch rivers during floods",
            "Unmanned aircraft fly over rivers when water levels rise and send live pictures of"
                + " flooded streets to the disaster control room.",
            "en",
            floodLab);
    sensors =
        seed(
            "River gauges report rising water",
            "Sensors on bridges measure the water level every minute and warn the fire brigade"
                + " before the river bursts its banks and floods the town.",
            "en",
            otherLab);
    chatbot =
        seed(
            "Chatbot for questions about waste collection",
            "Residents ask when the bins are emptied; the bot answers from the municipal calendar.",
            "en",
            otherLab);
    seed(
        "Accompagnement de l'administration numérique",
        "Les agents publics apprennent les méthodes agiles pour les démarches en ligne.",
        "fr",
        otherLab);
    seed(
        "Digitaalsed teenused kodanikele",
        "Riigi e-teenused muutuvad kasutajasõbralikumaks.",
        "et",
        otherLab);
    seed("Quantenrechnerwerkstatt Ost", "Ein Projekt über Rechenverfahren.", "de", otherLab);
  }

  long seed(String title, String summary, String language, long lab) {
    return TestContent.publishedProject(
        context, Fixtures.project(title, summary, language, lab, List.of()));
  }

  List<String> titles(String q, Ranking ranking) {
    return search.search(SearchRequest.words(q), ranking).hits().stream()
        .map(SearchResults.Hit::title)
        .toList();
  }

  @Test
  void frenchTextIsFoundWithoutItsArticlesAndEndings() {
    // "l'administration" only matches "administration" with French elision.
    assertThat(titles("administration", Ranking.LEXICAL))
        .contains("Accompagnement de l'administration numérique");
    assertThat(titles("méthode agile", Ranking.LEXICAL))
        .contains("Accompagnement de l'administration numérique");
  }

  @Test
  void estonianTextIsFoundByTheWordsStem() {
    // Partitive plural "teenuseid" finds nominative plural "teenused"; "kodanikud" (citizens)
    // finds "kodanikele" (for citizens).
    assertThat(titles("teenuseid", Ranking.LEXICAL)).contains("Digitaalsed teenused kodanikele");
    assertThat(titles("kodanikud", Ranking.LEXICAL)).contains("Digitaalsed teenused kodanikele");
  }

  @Test
  void germanCompoundsAreFoundByTheirParts() {
    assertThat(titles("Labor", Ranking.LEXICAL))
        .contains("Hochwasserlabor Testland", "Rettungslabor Nordküste");
    assertThat(titles("Werkstatt", Ranking.LEXICAL)).contains("Quantenrechnerwerkstatt Ost");
    // The query itself is not split: a made-up compound does not find everything about its parts.
    assertThat(titles("Quantenlabor", Ranking.LEXICAL)).isEmpty();
  }

  @Test
  void longerWordsMayBeMisspelledAndTheSpellingIsOffered() throws Exception {
    SearchResults results =
        search.search(SearchRequest.words("Quantenrechnerwerkstat"), Ranking.LEXICAL);
    assertThat(results.hits())
        .extracting(SearchResults.Hit::title)
        .contains("Quantenrechnerwerkstatt Ost");
    assertThat(results.correction()).isEqualTo("Quantenrechnerwerkstatt");
    mvc.perform(get("/search").param("q", "Quantenrechnerwerkstat").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Did you mean:")))
        .andExpect(content().string(Matchers.containsString("Quantenrechnerwerkstatt</a>")));
    // Short words are not made fuzzy: "Rost" is not "Ost".
    assertThat(titles("Rost", Ranking.LEXICAL)).doesNotContain("Quantenrechnerwerkstatt Ost");
  }

  @Test
  void hybridRankingFindsItemsByMeaningThatShareNoWordWithTheQuery() {
    String query = "quadcopters photograph submerged neighbourhoods";
    assertThat(titles(query, Ranking.LEXICAL)).isEmpty();
    assertThat(titles(query, Ranking.VECTOR))
        .first()
        .isEqualTo("Drones watch rivers during floods");
    List<String> hybrid = titles(query, Ranking.HYBRID);
    assertThat(hybrid).first().isEqualTo("Drones watch rivers during floods");
    assertThat(hybrid).doesNotContain("Chatbot for questions about waste collection");
    // Words still count: an exact title comes first.
    assertThat(titles("Chatbot waste collection", Ranking.HYBRID))
        .first()
        .isEqualTo("Chatbot for questions about waste collection");
    assertThat(search.defaultRanking()).isEqualTo(Ranking.HYBRID);
  }

  @Test
  void similarProjectsPutOtherLabsFirstAndNameTheirLabs() throws Exception {
    SimilarItems.Similar toDrones = similar.toProject(drones);
    assertThat(toDrones.projects())
        .extracting(SearchResults.Hit::title)
        .first()
        .isEqualTo("River gauges report rising water");
    assertThat(toDrones.projects()).extracting(SearchResults.Hit::id).doesNotContain(drones);
    assertThat(toDrones.labs())
        .extracting(SearchResults.Hit::title)
        .first()
        .isEqualTo("Rettungslabor Nordküste");
    assertThat(toDrones.labs()).extracting(SearchResults.Hit::id).doesNotContain(floodLab);

    mvc.perform(get("/projects/" + drones).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Similar projects")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "<a href=\"/projects/" + sensors + "\">River gauges report rising water")))
        .andExpect(content().string(Matchers.containsString("Labs working on similar topics")));
    mvc.perform(get("/api/v1/search/similar/project/" + drones))
        .andExpect(status().isOk())
        .andExpect(
            MockMvcResultMatchers.jsonPath("$.projects[0].title")
                .value("River gauges report rising water"))
        .andExpect(
            MockMvcResultMatchers.jsonPath("$.labs[0].title").value("Rettungslabor Nordküste"));
    mvc.perform(get("/api/v1/search/similar/project/987654321"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/api/v1/search/similar/labs/" + floodLab)).andExpect(status().isNotFound());
    mvc.perform(get("/labs/" + floodLab).param("lang", "de"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Ähnliche Projekte")))
        .andExpect(
            content().string(Matchers.containsString("/labs/" + otherLab + "\">Rettungslabor")));
  }
}
