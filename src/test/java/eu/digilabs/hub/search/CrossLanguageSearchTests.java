package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import eu.digilabs.hub.HubTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Queries in other languages than the items, without a translation provider: a country's name in
 * any EU language finds what names the country in English or German, and countries, technologies
 * and policy areas named in any language the taxonomy knows are offered as filters.
 */
@HubTest
class CrossLanguageSearchTests {

  static final String ESTONIAN_LAB = "Estonian Digital State Lab";

  @Autowired SearchService search;
  @Autowired MockMvc mvc;

  List<String> titles(String q) {
    return search.search(SearchRequest.words(q)).hits().stream()
        .map(SearchResults.Hit::title)
        .toList();
  }

  @Test
  void aCountryNamedInAnyEuLanguageFindsItsItems() {
    // The lab's text says "Estonia's digital state"; nothing in the demo content says Eesti or
    // Viro.
    assertThat(titles("Eesti")).contains(ESTONIAN_LAB);
    assertThat(titles("Viro")).contains(ESTONIAN_LAB);
    assertThat(titles("Estonie")).contains(ESTONIAN_LAB);
    assertThat(titles("Estland")).contains(ESTONIAN_LAB);
  }

  @Test
  void domainWordsFindTheirTranslationsThroughTheShippedSynonymGroups() {
    // The project is written in English only; inflected forms meet their group by their stem.
    assertThat(titles("maschinelle Übersetzungen für die Verwaltung"))
        .contains("Machine translation for administration");
    assertThat(titles("traduction automatique")).contains("Machine translation for administration");
    assertThat(titles("Roboter Katastrophenschutz")).contains("Robotik für den Katastrophenschutz");
  }

  @Test
  void aPublicServiceIsFoundByItsNameInAnotherLanguage() {
    // The OZG catalogue is German; the shipped group "Kindergeld, child benefit, allocations
    // familiales" names the service in English and French.
    for (String query : List.of("child benefit", "allocations familiales")) {
      assertThat(search.search(SearchRequest.words(query)).services())
          .as(query)
          .isNotEmpty()
          .allSatisfy(service -> assertThat(service.name()).containsIgnoringCase("Kindergeld"));
    }
    assertThat(search.search(SearchRequest.words("artificial intelligence")).services())
        .as("the group's short term KI does not name every service about Kinder")
        .isEmpty();
  }

  @Test
  void countriesAndTechnologiesNamedInFrenchAreFilterCandidates() {
    SearchResults results = search.search(SearchRequest.words("traduction automatique Suisse"));
    assertThat(results.candidates())
        .contains(
            new SearchResults.Candidate(SearchFields.COUNTRY, "CH"),
            new SearchResults.Candidate(SearchFields.TECHNOLOGY, "machine-translation"));
  }

  @Test
  void anAppliedFilterIsNotOfferedAgain() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", "chatbot Deutschland"))
        .andExpect(jsonPath("$.candidates[*].field", hasItem("country")))
        .andExpect(jsonPath("$.candidates[*].code", hasItem("DE")));
    mvc.perform(get("/api/v1/search").param("q", "chatbot Deutschland").param("country", "DE"))
        .andExpect(jsonPath("$.candidates[*].field", not(hasItem("country"))));
  }

  @Test
  void thePageOffersTheFilterInTheReadersLanguage() throws Exception {
    mvc.perform(get("/search").param("q", "Chatbot Estland").header("Accept-Language", "fr"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("country=EE"),
                        containsString(">Estonie</a>"),
                        not(containsString("<q lang=")))));
    mvc.perform(get("/search").param("q", "Chatbot Estland").header("Accept-Language", "en"))
        .andExpect(content().string(containsString(">Estonia</a>")));
  }
}
