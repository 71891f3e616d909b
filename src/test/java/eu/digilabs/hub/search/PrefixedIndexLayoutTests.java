package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrefixedIndexLayoutTests {

  @Test
  void indexesAndAliasesTakeThePrefix() {
    PrefixedIndexLayout layout = new PrefixedIndexLayout("hub-prod-");
    assertThat(layout.createInitialElasticsearchIndexName("project"))
        .isEqualTo("hub-prod-project-000001");
    assertThat(layout.createReadAlias("project")).isEqualTo("hub-prod-project-read");
    assertThat(layout.createWriteAlias("project")).isEqualTo("hub-prod-project-write");
  }

  @Test
  void anIndexOfAnyGenerationBelongsToItsType() {
    PrefixedIndexLayout layout = new PrefixedIndexLayout("hub-");
    assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("hub-project-000002"))
        .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("project"));
    assertThatThrownBy(() -> layout.extractUniqueKeyFromElasticsearchIndexName("hub-project"))
        .hasMessageContaining("six-digit generation");
  }

  @Test
  void noPrefixKeepsHibernateSearchsNames() {
    PrefixedIndexLayout layout = new PrefixedIndexLayout("");
    assertThat(layout.createInitialElasticsearchIndexName("lab")).isEqualTo("lab-000001");
    assertThat(layout.createReadAlias("lab")).isEqualTo("lab-read");
  }

  @Test
  void aPrefixTheClusterWouldRefuseIsRefusedAtStart() {
    for (String invalid : new String[] {"Hub-", "-hub", "hub prod", "hub/", "_hub"}) {
      assertThatThrownBy(() -> new PrefixedIndexLayout(invalid))
          .as(invalid)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("hub.search.index-prefix");
    }
  }
}
