package eu.digilabs.hub.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.shared.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The taxonomy module started on its own with the modules it may use ({@code shared}, {@code web})
 * and none of the modules that listen to it: importing the OZG catalogue that ships in the jar
 * fills the catalogue and states {@link CatalogueChanged}, the fact the assistant and the demo
 * links react to.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
// The readiness group names the search index's and the assistant's health, which are not started.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class CatalogueModuleTests {

  @Autowired Catalogue catalogue;
  @Autowired ApplicationContext context;

  @Test
  void importingTheOzgCatalogueStatesThatTheCatalogueChanged(Scenario scenario) {
    scenario
        .stimulate(
            () -> catalogue.importOzg(OzgFiles.classpath("reference-data/ozg"), new ImportReport()))
        .andWaitForEventOfType(CatalogueChanged.class)
        .toArriveAndVerify(
            (changed, report) -> {
              assertThat(report.problems()).isEmpty();
              assertThat(catalogue.counts()).containsEntry("SUBJECT", 14L);
              assertThat(catalogue.search("Ausbildungsförderung", 100))
                  .filteredOn(
                      service -> service.kind().equals(PublicService.Kind.OZG_SERVICE.name()))
                  .extracting(ServiceView::key, ServiceView::name)
                  .contains(tuple("10056", "Ausbildungsförderung (BAföG)"));
            });
  }

  @Test
  void startsWithoutTheModulesThatListen() {
    assertThat(context.getBeanNamesForType(ProjectService.class)).isEmpty();
    assertThat(context.getBeanNamesForType(Catalogue.class)).hasSize(1);
  }
}
