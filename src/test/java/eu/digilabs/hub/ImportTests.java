package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.Imports;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectSummary;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The reference data, imported in the background on the first start: the full OZG catalogue, the
 * 853 IPSO cases and the AI Watch cases through a column mapping.
 */
@ReferenceDataTest
class ImportTests {

  @Autowired Catalogue catalogue;
  @Autowired Imports imports;
  @Autowired ProjectService projects;
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void referenceDataHoldsTheWholeOzgCatalogue() {
    assertThat(catalogue.counts())
        .containsExactly(
            Assertions.entry("SUBJECT", 14L),
            Assertions.entry("SITUATION", 58L),
            Assertions.entry("OZG_SERVICE", 557L),
            Assertions.entry("LEIKA_SERVICE", 5251L));
    assertThat(catalogue.search("10056", 5))
        .first()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("Ausbildungsförderung (BAföG)");
              assertThat(s.subject()).isEqualTo("Bildung");
            });
  }

  @Test
  void importingTheCatalogueAgainChangesNothing() {
    ImportReport again = imports.importOzg(TestData.path("reference-data/ozg"), new ImportReport());
    assertThat(again.createdCount()).isZero();
    assertThat(again.updatedCount()).isZero();
    assertThat(again.unchangedCount()).isEqualTo(14 + 58 + 557 + 5251);
    assertThat(catalogue.counts().get("LEIKA_SERVICE")).isEqualTo(5251L);
  }

  @Test
  void referenceDataHoldsEveryIpsoCaseAsAPublishedProjectWithItsSource() {
    var ipso = projects.list(filterSource("IPSO cases 2022"), 0, 1);
    assertThat(ipso.getTotalElements()).isEqualTo(853);
    ProjectSummary first =
        projects
            .list(
                new ProjectFilter(
                    "AMS - public",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "IPSO cases 2022",
                    null,
                    null),
                0,
                5)
            .getContent()
            .get(0);
    ProjectView ams = projects.get(first.id());
    assertThat(ams.published()).isTrue();
    assertThat(ams.country()).isEqualTo("AT");
    assertThat(ams.level()).isEqualTo("national");
    assertThat(ams.status()).isEqualTo("discontinued");
    assertThat(ams.technologies()).containsExactly("ai");
    assertThat(ams.policyAreas()).containsExactly("cofog-10");
    assertThat(ams.sourceKey()).isEqualTo("10000");
    assertThat(ams.caseUrl()).startsWith("https://www.frontiersin.org/");
    assertThat(ams.sourceValues())
        .containsEntry("status", "Not in use anymore")
        .containsEntry("type", "Service personalisation (various)");
    assertThat(ams.partnerOrganisations()).containsValue("Public Employment Service Austria");
    assertThat(ams.startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void importingTheCasesAgainDuplicatesNothing() {
    ImportReport again =
        imports.importCases(
            TestData.path("reference-data/cases/ipso_cases_2022.csv"), null, new ImportReport());
    assertThat(again.createdCount()).isZero();
    assertThat(again.unchangedCount() + again.updatedCount()).isEqualTo(853);
    assertThat(projects.list(filterSource("IPSO cases 2022"), 0, 1).getTotalElements())
        .isEqualTo(853);
  }

  @Test
  void anotherLayoutImportsThroughAColumnMappingAndKeepsUnknownValuesAsText() {
    assertThat(
            projects
                .list(filterSource("JRC AI Watch public services 2020"), 0, 1)
                .getTotalElements())
        .isEqualTo(143);
    ProjectSummary mona =
        projects
            .list(
                new ProjectFilter(
                    "Mona - Public chatbot",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "JRC AI Watch public services 2020",
                    null,
                    null),
                0,
                1)
            .getContent()
            .get(0);
    ProjectView view = projects.get(mona.id());
    assertThat(view.country()).isEqualTo("AT");
    assertThat(view.status()).isNull();
    assertThat(view.sourceValues())
        .containsEntry("status", "Unknown")
        .containsEntry("country", "Austria");
  }

  @Test
  void importedCasesArePagesWithTheirSourceNamed() throws Exception {
    mvc.perform(
            get("/projects")
                .param("source", "IPSO cases 2022")
                .param("country", "EE")
                .param("lang", "en"))
        .andExpect(content().string(Matchers.containsString("Source: IPSO cases 2022")));
    mvc.perform(get("/api/v1/projects").param("source", "IPSO cases 2022").param("country", "EE"))
        .andExpect(jsonPath("$.total").value(56));
  }

  @Test
  void adminsUploadACaseCollectionWithItsMapping() throws Exception {
    var csv =
        new MockMultipartFile(
            "file",
            "aiwatch.csv",
            "text/csv",
            Files.readAllBytes(
                TestData.path("reference-data/cases/aiwatch_t6_services_jrc120399.csv")));
    var mapping =
        new MockMultipartFile(
            "mapping",
            "aiwatch.properties",
            "text/plain",
            Files.readAllBytes(Path.of("docs/mappings/aiwatch.properties")));
    String job =
        mvc.perform(
                MockMvcRequestBuilders.multipart("/admin/imports/cases")
                    .file(csv)
                    .file(mapping)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .with(TestAccounts.as(context, "admin@digilabs.localhost")))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                mvc.perform(
                        get(job)
                            .header("HX-Request", "true")
                            .param("lang", "en")
                            .with(TestAccounts.as(context, "admin@digilabs.localhost")))
                    .andExpect(content().string(Matchers.containsString("done:")))
                    .andExpect(
                        content()
                            .string(Matchers.containsString("<dt>Unchanged</dt><dd>143</dd>"))));
    assertThat(
            projects
                .list(filterSource("JRC AI Watch public services 2020"), 0, 1)
                .getTotalElements())
        .isEqualTo(143);
  }

  static ProjectFilter filterSource(String source) {
    return new ProjectFilter(
        null, null, null, null, null, null, null, null, null, null, source, null, null);
  }
}
