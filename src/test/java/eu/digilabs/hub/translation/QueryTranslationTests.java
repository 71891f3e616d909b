package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import eu.digilabs.hub.search.QueryTranslation;
import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a real Apertium APY (Spanish and English) configured, a Spanish query is also searched in
 * English, and the results are fused; each query is translated once.
 */
class QueryTranslationTests extends WithApertium {

  static final String QUERY = "traducción automática para la administración";

  @Autowired SearchService search;
  @Autowired Translator translator;
  @Autowired MockMvc mvc;

  @Test
  void aSpanishQueryIsAlsoSearchedInEnglish() {
    SearchResults results = search.search(SearchRequest.words(QUERY));
    assertThat(results.translations())
        .extracting(QueryTranslation.Translated::language)
        .containsExactly("en");
    assertThat(results.translations().get(0).text()).containsIgnoringCase("translation");
    assertThat(results.hits().stream().limit(5).map(SearchResults.Hit::title))
        .contains("Machine translation for administration");
  }

  @Test
  void aQueryIsTranslatedOnceForPagingAndFacets() {
    String query = "laboratorio de servicios para los vecinos";
    long before = translator.usage().get(0).usedToday();
    assertThat(search.search(SearchRequest.words(query)).translations()).isNotEmpty();
    long used = translator.usage().get(0).usedToday();
    assertThat(used).isGreaterThan(before);
    assertThat(search.search(SearchRequest.words(query)).translations()).isNotEmpty();
    assertThat(translator.usage().get(0).usedToday()).isEqualTo(used);
  }

  @Test
  void thePageSaysWhatItAlsoSearchedFor() throws Exception {
    mvc.perform(get("/search").param("q", QUERY).header("Accept-Language", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Also searched in English (machine-translated):"),
                        containsString("<q lang=\"en\">"))));
  }
}
