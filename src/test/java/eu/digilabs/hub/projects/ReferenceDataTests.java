package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.ReferenceDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference data is imported once per installation: a later start imports nothing. */
@ReferenceDataTest
class ReferenceDataTests {

  @Autowired ReferenceData referenceData;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyDatasetIsRecordedOnceImported() {
    assertThat(jdbc.queryForList("select dataset from reference_data_import", String.class))
        .containsExactlyInAnyOrder("ozg-catalogue-2019", "ipso-cases-2022", "ai-watch-cases-2020");
  }

  @Test
  void aRestartStartsNoSecondImport() {
    referenceData.run();
    assertThat(referenceData.running()).isEmpty();
  }
}
