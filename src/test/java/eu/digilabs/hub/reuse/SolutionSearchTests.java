package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.SimilarItems;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Solutions are found like projects: by their words, with their own facets (kind, operating model,
 * licence family, maturity, German state), never as drafts; and a project page offers the solutions
 * nearest in meaning to it.
 */
@HubTest
class SolutionSearchTests {

  @Autowired ApplicationContext context;
  @Autowired SearchService search;
  @Autowired SimilarItems similar;
  @Autowired SolutionEditing editing;

  SearchRequest solutions(String words) {
    return new SearchRequest(
        words,
        "solution",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aPublishedSolutionIsFoundWithItsFacetsAndADraftIsNot() {
    String word = "Zauberformular" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    long lab = TestContent.lab(context, Fixtures.lab("Formularlabor " + word));
    SolutionCommand component =
        ReuseFixtures.solution()
            .name(word + " Baukasten")
            .text("Ein Formularbaustein für Anträge", null)
            .lab(lab)
            .region("DE-NW")
            .offer("component", "both", "MIT")
            .release("2.1", 2)
            .readiness("support")
            .build();
    long published = TestContent.publishedSolution(context, component);
    TestAccounts.asAdmin(
        context, () -> editing.create(ReuseFixtures.solution(word + " Entwurf", lab)).id());

    SearchResults found = search.search(solutions(word));
    assertThat(found.hits())
        .extracting(SearchResults.Hit::title)
        .containsExactly(word + " Baukasten");
    SearchResults.Hit hit = found.hits().get(0);
    assertThat(hit.id()).isEqualTo(published);
    assertThat(hit.path()).isEqualTo("/solutions/" + published);
    assertThat(hit.labName()).isEqualTo("Formularlabor " + word);
    assertThat(found.facets().get("kind")).containsOnlyKeys("component");
    assertThat(found.facets().get("operatingModel")).containsOnlyKeys("both");
    assertThat(found.facets().get("licence")).containsOnlyKeys("permissive");
    assertThat(found.facets().get("maturity")).containsOnlyKeys("2");
    assertThat(found.facets().get("region")).containsOnlyKeys("DE-NW");
    assertThat(search.search(SearchRequest.words(word)).facets().get("type"))
        .containsEntry("solution", 1L);
  }

  @Test
  void aProjectIsOfferedTheSolutionsNearestInMeaning() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long lab = TestContent.lab(context, Fixtures.lab("Chatbotlabor " + suffix));
    SolutionCommand bot =
        ReuseFixtures.solution()
            .name("Bürgerchatbot " + suffix)
            .text(
                "A chatbot that answers citizens' questions about public services around the clock",
                "The chatbot answers questions on housing benefit, registration and parking permits.")
            .language("en")
            .lab(lab)
            .offer("online-service", "provider-hosted", "EUPL-1.2")
            .build();
    long solution = TestContent.publishedSolution(context, bot);
    long project =
        TestContent.publishedProject(
            context,
            Fixtures.project()
                .title("Chatbot for citizens' questions " + suffix)
                .summary("A chatbot answers citizens' questions on public services at any hour")
                .lab(lab)
                .language("en")
                .build());

    assertThat(similar.solutionsTo(project)).extracting(SearchResults.Hit::id).contains(solution);
    assertThat(similar.toSolution(solution).projects())
        .extracting(SearchResults.Hit::id)
        .contains(project);
  }
}
