package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.search.QueryTranslation;
import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With Debian's German-English word list (package trans-de-en, installed by .ci/run) and no
 * translation service, a German query is also searched word by word in English: an English-only
 * project whose words the query does not share is found, and the page says what was searched.
 */
@HubTest
@TestPropertySource(properties = "hub.translation.dictionaries[0].path=/usr/share/trans/de-en")
class DictionaryQueryTranslationTests {

  @Autowired SearchService search;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @Test
  void aGermanQueryFindsAnEnglishProjectThroughTheWordList() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long lab = TestContent.lab(context, Fixtures.lab("Riverside lab " + tag));
    long project =
        TestContent.publishedProject(
            context,
            Fixtures.project()
                .title("Warning residents of rising rivers " + tag)
                .summary("Residents get a flood warning on their phones before the river rises.")
                .language("en")
                .lab(lab)
                .build());
    String query = "Hochwasserwarnung für Anwohner";

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              SearchResults results = search.search(SearchRequest.words(query));
              assertThat(results.translations())
                  .extracting(QueryTranslation.Translated::language)
                  .containsExactly("en");
              assertThat(results.translations().get(0).text()).contains("flood");
              assertThat(results.translations().get(0).wordByWord()).isTrue();
              assertThat(results.hits().stream().limit(5).map(h -> h.type() + ":" + h.id()))
                  .contains("project:" + project);
            });
    mvc.perform(get("/search").param("q", query).header("Accept-Language", "en"))
        .andExpect(
            content()
                .string(
                    containsString("Also searched in English (word by word, from a dictionary):")));
    assertThat(search.search(SearchRequest.words("flood warning")).translations())
        .as("an English query, in the language of the list's other side")
        .isEmpty();
  }
}
