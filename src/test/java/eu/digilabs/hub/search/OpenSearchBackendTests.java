package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.OpenSearchNode;
import eu.digilabs.hub.projects.ProjectService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the {@code elasticsearch} profile creates on a real OpenSearch 2.19 node: indexes under the
 * configured prefix behind read and write aliases, the hub's analyzers built from the cluster's own
 * filters, and the vector field as a k-NN field on the plugin's Lucene engine, so vector and hybrid
 * search run on the cluster (the mode this profile runs in; without the k-NN plugin the indexes
 * cannot be created). The search behaviour itself is tested by {@link OpenSearchSearchTests},
 * {@link OpenSearchMatchingTests} and {@link OpenSearchCrossLanguageTests}.
 */
@HubTest
@ActiveProfiles({"test", "elasticsearch"})
class OpenSearchBackendTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    OpenSearchNode.register(registry);
  }

  @Value("${hub.search.index-prefix}")
  String prefix;

  @Autowired SearchService search;
  @Autowired ProjectService projects;

  JsonNode get(String path) {
    return JSON.readTree(OpenSearchNode.get(path));
  }

  List<String> analyze(String analyzer, String text) {
    JsonNode tokens =
        JSON.readTree(
                OpenSearchNode.send(
                    "POST",
                    "/" + prefix + "project-read/_analyze",
                    JSON.writeValueAsString(Map.of("analyzer", analyzer, "text", text))))
            .get("tokens");
    return tokens.valueStream().map(token -> token.get("token").asString()).toList();
  }

  @Test
  void eachIndexCarriesThePrefixAndIsReadAndWrittenThroughAliases() {
    JsonNode aliases = get("/_alias");
    assertThat(aliases.propertyNames())
        .contains(prefix + "project-000001", prefix + "lab-000001", prefix + "post-000001")
        .doesNotContain("project-000001");
    assertThat(aliases.get(prefix + "project-000001").get("aliases").propertyNames())
        .containsExactlyInAnyOrder(prefix + "project-read", prefix + "project-write");
  }

  @Test
  void theVectorFieldIsAKnnFieldOnTheLuceneEngine() {
    JsonNode embedding =
        get("/" + prefix + "project-read/_mapping")
            .get(prefix + "project-000001")
            .at("/mappings/properties/embedding");
    assertThat(embedding.get("type").asString()).isEqualTo("knn_vector");
    assertThat(embedding.get("dimension").asInt()).isEqualTo(Embeddings.DIMENSION);
    assertThat(embedding.at("/method/engine").asString()).isEqualTo("lucene");
    assertThat(embedding.at("/method/space_type").asString()).isEqualTo("cosinesimil");
    // Vector-only search runs on the cluster (ranking by meaning is tested by the matching tests).
    assertThat(
            search
                .search(
                    SearchRequest.words("Chatbot für Bürgeranfragen"), SearchService.Ranking.VECTOR)
                .hits())
        .extracting(SearchResults.Hit::title)
        .first()
        .isEqualTo("Chatbot für Bürgeranfragen");
  }

  @Test
  void theHubsAnalyzersSplitCompoundsStemAndFoldAccentsOnTheCluster() {
    assertThat(analyze(SearchFields.GERMAN, "Digitalisierungslabore der Städte"))
        .contains("digitalisierung", "labor", "stadt");
    assertThat(analyze(SearchFields.ENGLISH, "The lab's machine translations"))
        .contains("lab", "translat")
        .doesNotContain("lab's");
    assertThat(analyze(SearchFields.FRENCH, "L'administration des collectivités"))
        .first()
        .isEqualTo("administ");
    assertThat(analyze(SearchFields.ESTONIAN, "Digiriigi teenustele")).contains("teenus");
    assertThat(analyze(SearchFields.PLAIN, "Lübeck Bürger")).containsExactly("lubeck", "burger");
  }

  @Test
  void theIndexHoldsThePublishedProjectsOfTheDatabase() {
    JsonNode count =
        JSON.readTree(
            OpenSearchNode.send(
                "POST",
                "/" + prefix + "project-read/_count",
                "{\"query\":{\"term\":{\"" + SearchFields.VISIBLE + "\":true}}}"));
    assertThat(count.get("count").asLong()).isEqualTo(projects.publishedCount());
  }
}
