package eu.digilabs.hub.search;

import eu.digilabs.hub.OpenSearchNode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every search test of {@link SearchTests} (words with and without accents, German and English
 * stems, facets, drafts left out, OZG-IDs, highlighting on the page, synonyms, suggestions, the
 * API) on a real OpenSearch 2.19 node instead of the embedded Lucene index.
 */
@ActiveProfiles({"test", "elasticsearch"})
class OpenSearchSearchTests extends SearchTests {

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    OpenSearchNode.register(registry);
  }
}
