package eu.digilabs.hub.search;

import eu.digilabs.hub.OpenSearchNode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every test of {@link CrossLanguageSearchTests} (countries named in any EU language, the shipped
 * synonym groups, public services by their name in another language, filters offered in the
 * reader's language) on a real OpenSearch 2.19 node instead of the embedded Lucene index.
 */
@ActiveProfiles({"test", "elasticsearch"})
class OpenSearchCrossLanguageTests extends CrossLanguageSearchTests {

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    OpenSearchNode.register(registry);
  }
}
