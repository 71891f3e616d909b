package eu.digilabs.hub.search;

import eu.digilabs.hub.OpenSearchNode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every test of {@link MatchingTests} (French and Estonian analysis, German compounds, typos and
 * the spelling offered, hybrid ranking by meaning, similar projects and labs) on a real OpenSearch
 * 2.19 node with the k-NN plugin instead of the embedded Lucene index.
 */
@ActiveProfiles({"test", "elasticsearch"})
class OpenSearchMatchingTests extends MatchingTests {

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    OpenSearchNode.register(registry);
  }
}
